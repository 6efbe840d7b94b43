package org.painoutcomes.contract;

/** The type a contract column's text is parsed into (SPEC 2.1 "Values"). */
public enum ValueType {
  IDENTIFIER,
  DATE,
  ENUM,
  BOOLEAN,
  NUMBER,
  WHOLE_NUMBER
}

#!/usr/bin/env node
// Compares the tables of two runs' outputs row for row (every column, EXCEPT ALL both ways), in
// DuckDB (npm @duckdb/node-api, as jobs/bench installs it): the check that a change kept every
// table's rows. Usage: node jobs/bench-compare.js DUCKDB_INSTALL_DIR OUTPUT_A OUTPUT_B
// Prints one line per table (rows in A, rows in B, rows only in A, rows only in B); exits 1 when
// any table differs.
'use strict';
const path = require('path');
const fs = require('fs');
const { createRequire } = require('module');

const [installDir, a, b] = process.argv.slice(2);
if (!b) {
  console.error('usage: node jobs/bench-compare.js DUCKDB_INSTALL_DIR OUTPUT_A OUTPUT_B');
  process.exit(2);
}
const { DuckDBInstance } = createRequire(path.join(path.resolve(installDir), 'package.json'))('@duckdb/node-api');
const TABLES = ['quality/summary', 'quality/rejects', 'analysis/change_records', 'summary/outcome_change',
  'summary/participant_flow', 'summary/adjusted_effects', 'public/outcome_change', 'public/participant_flow',
  'public/adjusted_effects'];
const q = (s) => "'" + s.replace(/'/g, "''") + "'";
const scan = (root, table) => `read_parquet(${q(path.join(root, table, '*.parquet'))})`;

(async () => {
  const con = await (await DuckDBInstance.create(':memory:')).connect();
  const one = async (sql) => Number((await con.runAndReadAll(sql)).getRows()[0][0]);
  let differ = false;
  for (const table of TABLES) {
    const inA = fs.existsSync(path.join(a, table));
    const inB = fs.existsSync(path.join(b, table));
    if (!inA || !inB) {
      if (inA !== inB) console.log(`${table}: only in ${inA ? 'A' : 'B'}`);
      continue;
    }
    const [ta, tb] = [scan(a, table), scan(b, table)];
    const rowsA = await one(`select count(*) from ${ta}`);
    const rowsB = await one(`select count(*) from ${tb}`);
    const onlyA = await one(`select count(*) from (select * from ${ta} except all select * from ${tb})`);
    const onlyB = await one(`select count(*) from (select * from ${tb} except all select * from ${ta})`);
    if (onlyA || onlyB || rowsA !== rowsB) differ = true;
    console.log(`${table}: ${rowsA} rows in A, ${rowsB} in B, ${onlyA} only in A, ${onlyB} only in B`);
  }
  console.log(differ ? 'DIFFERENT' : 'IDENTICAL');
  process.exit(differ ? 1 : 0);
})().catch((e) => {
  console.error(e.message);
  process.exit(2);
});

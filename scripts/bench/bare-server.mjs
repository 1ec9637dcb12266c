#!/usr/bin/env node
// The lower baseline of the HTTP benchmark: plain Node `http` + `pg`, the same 50 rows as HTML
// (baseline-rows.mjs). Started by scripts/bench/http.mjs: `PORT=… DATABASE_URL=… node bare-server.mjs`.
import http from 'node:http';
import { baselinePool, renderRows, ROWS_SQL } from './baseline-rows.mjs';

const pool = baselinePool();
http
  .createServer(async (_request, response) => {
    try {
      const { rows } = await pool.query(ROWS_SQL);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html><body>${renderRows(rows)}</body></html>`);
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  })
  .listen(Number(process.env.PORT), '127.0.0.1');

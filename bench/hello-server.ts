import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { reportFailure, serveRunner } from './child-ipc';

/** The yardstick: the least a Node.js HTTP server can do per request, a small JSON body from node:http. */
const body = JSON.stringify({ hello: 'world' });
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});
server.on('error', reportFailure);
server.listen(0, '127.0.0.1', () => {
  serveRunner((server.address() as AddressInfo).port, () => new Promise<void>((resolve) => server.close(() => resolve())));
});

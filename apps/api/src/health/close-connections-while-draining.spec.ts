import { AddressInfo } from 'node:net';
import { Agent, Server, createServer, request } from 'node:http';
import express from 'express';
import { DrainState } from './drain-state';
import { closeConnectionsWhileDraining } from './close-connections-while-draining';

/** One keep-alive GET; resolves with its status, its Connection header and whether the socket was reused. */
function get(
  port: number,
  agent: Agent,
  path: string,
): Promise<{ status: number; connection: string; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, path, agent }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, connection: String(res.headers.connection), reused: req.reusedSocket }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('closeConnectionsWhileDraining', () => {
  let server: Server;
  let port: number;
  let drain: DrainState;
  let releaseSlow: () => void;

  beforeEach(async () => {
    drain = new DrainState();
    const app = express();
    app.use(closeConnectionsWhileDraining(drain));
    app.get('/fast', (_req, res) => res.send('ok'));
    app.get('/slow', (_req, res) => {
      releaseSlow = () => res.send('late');
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('keeps connections alive while serving', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect(await get(port, agent, '/fast')).toMatchObject({ status: 200, connection: 'keep-alive', reused: false });
    expect(await get(port, agent, '/fast')).toMatchObject({ status: 200, connection: 'keep-alive', reused: true });
    agent.destroy();
  });

  it('answers "Connection: close" once draining, so a keep-alive client cannot hold the server open', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    await get(port, agent, '/fast');
    await drain.beforeApplicationShutdown();
    expect(await get(port, agent, '/fast')).toMatchObject({ status: 200, connection: 'close', reused: true });
    expect(await get(port, agent, '/fast')).toMatchObject({ reused: false });
    agent.destroy();
  });

  it('ends the connection of a request that was in flight when the drain began, once it is answered', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const slow = get(port, agent, '/slow');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await drain.beforeApplicationShutdown();
    releaseSlow();
    expect(await slow).toMatchObject({ status: 200 });
    // The server ended that socket: the next request needs a new connection.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await get(port, agent, '/fast')).toMatchObject({ reused: false });
    agent.destroy();
  });
});

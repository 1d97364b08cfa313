import { createServer, Server } from 'node:net';
import { assertPortFree, findFreePort, portBusyMessage } from './ports';

describe('portBusyMessage', () => {
  it('says in Vietnamese, then English, which port is busy and which variable moves it', () => {
    const message = portBusyMessage(7233, 'TEMPORAL_PORT');
    expect(message).toMatch(/^Cổng 7233 đang bận.*TEMPORAL_PORT.* \/ port 7233 is busy: .*set TEMPORAL_PORT/);
    expect(message.indexOf('Cổng')).toBeLessThan(message.indexOf('port 7233'));
  });
});

describe('assertPortFree', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('passes on a free port', async () => {
    await expect(assertPortFree(await findFreePort(), 'PORT')).resolves.toBeUndefined();
  });

  it('refuses a port something listens on, naming the variable', async () => {
    const port = await findFreePort();
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    await expect(assertPortFree(port, 'SMTP_CATCHER_PORT')).rejects.toThrow(portBusyMessage(port, 'SMTP_CATCHER_PORT'));
  });
});

describe('findFreePort', () => {
  it('never names the same port twice in one process, even when the kernel offers a port just closed again', async () => {
    const ports = [];
    for (let i = 0; i < 200; i += 1) ports.push(await findFreePort());
    expect(new Set(ports).size).toBe(ports.length);
  });
});

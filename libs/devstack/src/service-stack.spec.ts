import { ServiceStack, StackStoppingError } from './service-stack';

function recorder() {
  const stopped: string[] = [];
  const service = (name: string) => ({
    stop: async () => {
      stopped.push(name);
    },
  });
  return { stopped, service };
}

describe('ServiceStack', () => {
  const order = ['api', 'worker', 'temporal', 'mail', 'postgres'];

  it('stops in its fixed order, whatever order the services started in', async () => {
    const { stopped, service } = recorder();
    const stack = new ServiceStack(order, () => undefined);
    for (const name of ['postgres', 'mail', 'temporal', 'worker', 'api']) stack.add(name, service(name));
    await stack.stopAll();
    expect(stopped).toEqual(order);
  });

  it('stops once, however many times it is asked', async () => {
    const { stopped, service } = recorder();
    const stack = new ServiceStack(order, () => undefined);
    stack.add('api', service('api'));
    await Promise.all([stack.stopAll(), stack.stopAll()]);
    expect(stopped).toEqual(['api']);
  });

  it('stops a service that finished starting after the stop began, and tells the starter', async () => {
    const { stopped, service } = recorder();
    const stack = new ServiceStack(order, () => undefined);
    const stopping = stack.stopAll();
    expect(() => stack.add('temporal', service('temporal'))).toThrow(StackStoppingError);
    await stopping;
    expect(stopped).toEqual(['temporal']);
  });

  it('goes on to the next service when one fails to stop', async () => {
    const { stopped, service } = recorder();
    const lines: string[] = [];
    const stack = new ServiceStack(order, (line) => lines.push(line));
    stack.add('api', { stop: () => Promise.reject(new Error('hung')) });
    stack.add('postgres', service('postgres'));
    await stack.stopAll();
    expect(stopped).toEqual(['postgres']);
    expect(lines).toContain('api did not stop cleanly: hung');
  });
});

import { leaveOutWorkflowStackCapture } from './workflow-stack-capture';

describe('leaveOutWorkflowStackCapture', () => {
  it("makes the SDK's promise hook a no-op before its handlers are installed", () => {
    let hooked = false;
    const handlers = {
      installed: false,
      setPromiseHook: () => {
        hooked = true;
      },
    };
    expect(leaveOutWorkflowStackCapture(handlers)).toBe(true);
    handlers.setPromiseHook();
    expect(hooked).toBe(false);
  });

  it('changes nothing once the handlers are installed', () => {
    const setPromiseHook = jest.fn();
    const handlers = { installed: true, setPromiseHook };
    expect(leaveOutWorkflowStackCapture(handlers)).toBe(false);
    expect(handlers.setPromiseHook).toBe(setPromiseHook);
  });
});

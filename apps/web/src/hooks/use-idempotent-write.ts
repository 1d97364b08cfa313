import { useRef, useState } from 'react';
import { idempotentAttempts } from '../api/idempotency-key';

/**
 * One write a form sends, with its Idempotency-Key (the same key when a retry follows no answer): the answer, or
 * null with the refusal kept in `error` for the form to show.
 */
export function useIdempotentWrite<I, O>(send: (input: I, key: string) => Promise<O>) {
  const attempts = useRef(idempotentAttempts()).current;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (input: I): Promise<O | null> => {
    setBusy(true);
    setError(null);
    try {
      const answer = await send(input, attempts.keyFor(input));
      attempts.settle(null);
      return answer;
    } catch (err) {
      attempts.settle(err);
      setError(err);
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error, clearError: () => setError(null) };
}

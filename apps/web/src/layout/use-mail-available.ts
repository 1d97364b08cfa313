import { useEffect, useState } from 'react';
import { useApi } from '../session/session';

/** True when the API serves the local mail catcher's messages (embedded mode with KC_MAIL_DIR). */
export function useMailAvailable(): boolean {
  const api = useApi();
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    let current = true;
    api
      .devMail()
      .then(() => current && setAvailable(true))
      .catch(() => current && setAvailable(false));
    return () => {
      current = false;
    };
  }, [api]);
  return available;
}

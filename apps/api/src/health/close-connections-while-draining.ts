import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { DrainState } from './drain-state';

/**
 * While the API drains, no connection is kept alive. Node's server.close() closes only the connections idle at that
 * moment: one serving a request then would stay open afterwards and a keep-alive client could go on sending it
 * requests, so the process never stops. A request that starts during the drain is answered with "Connection: close";
 * one in flight when the drain began ends its connection once answered.
 */
export function closeConnectionsWhileDraining(drain: DrainState): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (drain.isDraining) {
      res.setHeader('Connection', 'close');
    } else {
      const socket = req.socket;
      res.once('finish', () => {
        if (drain.isDraining) socket.end();
      });
    }
    next();
  };
}

import { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;
const HistoryMessage = temporal.api.history.v1.History;

/**
 * Fixtures hold a history as protobufjs's plain-object form (enum names, 64-bit numbers and bytes as strings), which
 * round-trips exactly. Not the SDK's historyToJSON/historyFromJSON: in this install @temporalio/common and
 * @temporalio/proto each carry their own protobufjs copy, and those helpers fail with "type must be a Type".
 */
export function historyToFixture(history: History): Record<string, unknown> {
  return HistoryMessage.toObject(HistoryMessage.fromObject(history), {
    enums: String,
    longs: String,
    bytes: String,
  });
}

export function historyFromFixture(json: unknown): temporal.api.history.v1.History {
  return HistoryMessage.fromObject(json as Record<string, unknown>);
}

/** Base of the start / end events: which event, and when it starts and ends. */
class EventTimeEvent extends Event {
  /** The event's id in the feed (undefined for an inline event). */
  readonly eventId: string | undefined;
  /** The event's name in the widget's language. */
  readonly eventName: string;
  readonly start: Date;
  readonly end: Date;

  constructor(type: string, id: string | undefined, name: string, start: number, end: number) {
    super(type, { bubbles: true, composed: true });
    this.eventId = id;
    this.eventName = name;
    this.start = new Date(start);
    this.end = new Date(end);
  }
}

/** `dcr-event-start`: the clock reached the event's start while the page was open. */
export class EventStartEvent extends EventTimeEvent {
  constructor(id: string | undefined, name: string, start: number, end: number) {
    super('dcr-event-start', id, name, start, end);
  }
}

/** `dcr-event-end`: the clock reached the event's end while the page was open. */
export class EventEndEvent extends EventTimeEvent {
  constructor(id: string | undefined, name: string, start: number, end: number) {
    super('dcr-event-end', id, name, start, end);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dcr-event-start': EventStartEvent;
    'dcr-event-end': EventEndEvent;
  }
}

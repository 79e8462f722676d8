import type { Location, Segment } from '../types.js';

/**
 * A table cell's segment, made by `new` rather than as an object literal. V8 tracks each
 * literal's allocation site and, when most objects from a site survive a young-generation
 * collection (as a batch of cells does while the detectors run over it), allocates every later
 * object of that site straight into the old generation. A reader's cells then fill the old
 * space, which only a full collection empties: a worker reading a 64 MB CSV ran a mark-compact
 * every 110 ms, its heap swinging between 43 and 80 MB. Objects made by a constructor are not
 * pretenured that way: they die young with their batch.
 */
export class ValueSegment implements Segment {
  readonly text: string;
  readonly syntax = 'value' as const;
  readonly location: Location;

  constructor(text: string, location: Location) {
    this.text = text;
    this.location = location;
  }
}

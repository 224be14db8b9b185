import { describe, expect, it } from 'vitest';
import { onWhite } from './pdf-picture';

describe('onWhite', () => {
  it('lays RGBA pixels on white: opaque colours stay, transparent ones turn white, half-transparent blend', () => {
    const rgba = new Uint8Array([0, 114, 178, 255, 0, 0, 0, 0, 0, 0, 0, 128]);
    expect([...onWhite(rgba)]).toEqual([0, 114, 178, 255, 255, 255, 127, 127, 127]);
  });
});

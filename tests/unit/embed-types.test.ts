import { describe, expectTypeOf, it } from 'vitest';
import type * as Published from '../../public/embed';
import type * as Sdk from '../../src/embed/embed-sdk';
import type { EmbedEvent } from '../../src/embed/protocol';

// The hand-written embed.d.ts served to hosts says exactly what the SDK does (checked by the type checker).
describe('public/embed.d.ts', () => {
  it('matches the SDK and its protocol', () => {
    expectTypeOf<Published.EmbedOptions>().toEqualTypeOf<Sdk.EmbedOptions>();
    expectTypeOf<Published.EmbedView>().toEqualTypeOf<Sdk.EmbedView>();
    expectTypeOf<Published.EmbedFilters>().toEqualTypeOf<Sdk.EmbedFilters>();
    expectTypeOf<Published.EmbedEvent>().toEqualTypeOf<EmbedEvent>();
    expectTypeOf<Published.CorridorMapController>().toEqualTypeOf<Sdk.CorridorMapController>();
    expectTypeOf<typeof Published.CorridorMap>().toEqualTypeOf<typeof Sdk.CorridorMap>();
  });
});

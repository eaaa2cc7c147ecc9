// The only module that imports maplibre-gl (lazily). Placeholder until the map work lands (issue #4).
import { MapUnavailableError, type FinderMap, type FinderMapOptions } from './map-types.js';

export async function createFinderMap(_options: FinderMapOptions): Promise<FinderMap> {
  throw new MapUnavailableError('The map is not built yet.');
}

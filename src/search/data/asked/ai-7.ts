// Data: how people ask for operations (see ../asked.ts), location services: the resource-based
// location api and the standalone places, routes and maps apis.

import type { AskedEntry } from './types.js';

export const ASKED_AI_7: readonly AskedEntry[] = [
  {
    op: 'location:SearchPlaceIndexForText',
    asked:
      'geocode an address, address to coordinates, lat long of a street address, find a place by name, where is this address, latitude and longitude of an address',
    example: 'get the latitude and longitude of 410 terry ave north, seattle',
  },
  {
    op: 'location:SearchPlaceIndexForPosition',
    asked:
      'reverse geocode, what address is at these coordinates, street name from gps, nearest address to a point',
    example: 'what street address is at 47.6062, -122.3321',
  },
  {
    op: 'location:SearchPlaceIndexForSuggestions',
    asked:
      'autocomplete addresses as the user types, type-ahead, partial address completion, address search box',
    example: 'complete addresses while the user types in our checkout form',
  },
  {
    op: 'location:CalculateRoute',
    asked:
      'driving directions, distance and travel time between two points, eta, how long to drive, route a truck, driving time from one place to another, time to drive to a customer',
    example: 'how long does it take to drive from the warehouse to the customer and how far is it',
  },
  {
    op: 'location:CalculateRouteMatrix',
    asked:
      'distances from many origins to many destinations, travel time table, nearest driver, dispatch grid',
    example: 'travel times from each of our 5 drivers to each of 20 pickup points',
  },
  {
    op: 'location:CreateGeofenceCollection',
    asked:
      'container for zones, set of virtual boundaries, group of polygons to watch, delivery zones to watch',
    example: 'make a container for the delivery zones we want to watch',
  },
  {
    op: 'location:PutGeofence',
    asked:
      'draw a zone, polygon boundary, circle around a site, virtual fence, alert when a device enters an area',
    example: 'add a 200 meter circle around the warehouse as a zone',
  },
  {
    op: 'location:BatchEvaluateGeofences',
    asked: 'check if devices are inside zones, enter and exit events, did the truck arrive, zone breach',
    example: 'check whether these truck positions entered or left any of our zones',
  },
  {
    op: 'location:CreateTracker',
    asked:
      'track delivery vehicles, fleet tracking, store device locations, asset tracking, position filtering',
    example: 'start tracking our delivery vans',
  },
  {
    op: 'location:BatchUpdateDevicePosition',
    asked:
      'send gps location of a device, report where a phone is, upload coordinates, ping position, save where a tracked device is now, store the current position of a tracked phone in a tracker',
    example: 'report the current gps fix of van-12 and van-15',
  },
  {
    op: 'location:GetDevicePosition',
    asked:
      'where is the truck or van now, vehicle tracking, latest location of a device, last known coordinates, current gps',
    example: 'where is delivery van van-12 right now',
  },
  {
    op: 'location:GetDevicePositionHistory',
    asked:
      'route a device took yesterday, location history, breadcrumb trail, past gps points, path a vehicle drove, where it went yesterday',
    example: 'show the path van-12 drove yesterday between 9 and 5',
  },
  {
    op: 'location:CreateKey',
    asked:
      'api key for maps in a web app, browser key, allow the website to show maps without cognito, referer restriction',
    example: 'give our website a key so it can show maps and search places',
  },
  {
    op: 'geo-places:Geocode',
    asked:
      'address to coordinates, lat long for an address, structured address lookup, postal code position, latitude and longitude',
    example: 'coordinates for 1600 pennsylvania ave washington dc',
  },
  {
    op: 'geo-places:ReverseGeocode',
    asked: 'coordinates to address, what is at this point, gps to street name, nearest address',
    example: 'turn 40.7128,-74.0060 into a street address',
  },
  {
    op: 'geo-places:Autocomplete',
    asked:
      'complete a partial address while typing, type-ahead address field, finish the address for the user',
    example: "finish the address as the user types '410 terr'",
  },
  {
    op: 'geo-places:SearchNearby',
    asked:
      'coffee shops near me, restaurants around a point, points of interest nearby, what is close to here, gas stations within a distance, places within a radius of the driver',
    example: 'find gas stations within 2 km of the driver',
  },
  {
    op: 'geo-places:SearchText',
    asked:
      'find businesses by name, free text place search, pizza in seattle, poi lookup by keyword, locations of a brand in a city, find stores by name, chain store locations, coffee shops in a city',
    example: "find 'blue bottle coffee' locations in san francisco",
  },
  {
    op: 'geo-places:Suggest',
    asked:
      'query suggestions for a map search box, misspelled place, predictions for partial place names, predictions as users type a place or restaurant name',
    example: "show place predictions for a misspelled 'starbcks' in the search bar",
  },
  {
    op: 'geo-routes:CalculateRoutes',
    asked:
      'directions, turn by turn, truck routing, toll costs, driving walking route, travel time and distance, how long to drive from one address to another, driving time between two places',
    example: 'turn-by-turn truck directions from seattle to portland with tolls',
  },
  {
    op: 'geo-routes:CalculateIsolines',
    asked:
      'how far can i drive in 15 minutes, reachable area, drive time polygon, service area, travel time zone',
    example: 'what area can our technician reach within 30 minutes of driving',
  },
  {
    op: 'geo-routes:OptimizeWaypoints',
    asked:
      'best order to visit stops, traveling salesman, delivery stop sequence, shortest tour, route planning, what order the driver should visit deliveries',
    example: 'sequence 12 drop-offs for the shortest trip',
  },
  {
    op: 'geo-routes:SnapToRoads',
    asked: 'map matching, gps trace onto roads, clean up noisy gps, align a track to the street network',
    example: 'align this noisy gps trace from the bike ride to the actual streets',
  },
  {
    op: 'geo-routes:CalculateRouteMatrix',
    asked:
      'distance matrix, many to many travel times, all pairs of origins and destinations, drive times between all warehouses and stores',
    example: 'drive times between all 10 warehouses and 50 stores',
  },
  {
    op: 'geo-maps:GetStaticMap',
    asked: 'map image of a location, png map picture, thumbnail map for an email, static map with a pin',
    example: 'a png picture of the map around the store with a marker for an email',
  },
  {
    op: 'geo-maps:GetTile',
    asked: 'vector tile for map rendering, zoom x y tile, basemap data, raster tile',
    example: 'fetch the z/x/y vector tile for our maplibre web map',
  },
  {
    op: 'geo-maps:GetStyleDescriptor',
    asked: 'map style json for maplibre, basemap look, dark or light map theme',
    example: 'get the dark theme style json for maplibre',
  },
];

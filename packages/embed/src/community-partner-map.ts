// The standalone bundle of <community-partner-map>: Lit and everything else included; Leaflet loads when the map shows.
import "@community-kit/partner-map/define";

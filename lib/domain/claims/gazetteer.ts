// A small hand-written list of places that news about politics mentions most, in German and English.

export const PLACES = new Set(
  ("Deutschland Germany Österreich Austria Schweiz Switzerland Frankreich France Italien Italy Spanien Spain " +
    "Polen Poland Ukraine Russland Russia Belarus Weißrussland China Indien India Pakistan Japan Iran Irak Iraq " +
    "Israel Syrien Syria Türkei Turkey Ägypten Egypt Saudi-Arabien Afghanistan Nordkorea Südkorea Korea Taiwan " +
    "USA Vereinigte Staaten Amerika America Kanada Canada Mexiko Mexico Brasilien Brazil Argentinien Großbritannien " +
    "Britain England Schottland Irland Ireland Niederlande Netherlands Belgien Belgium Dänemark Denmark Schweden Sweden " +
    "Norwegen Norway Finnland Finland Griechenland Greece Ungarn Hungary Tschechien Rumänien Romania Bulgarien Serbien " +
    "Europa Europe Asien Asia Afrika Africa Südasien Nahost Eurasien Kaschmir Kashmir Gaza Krim Crimea " +
    "Berlin Hamburg München Köln Frankfurt Wien Zürich Paris London Moskau Moscow Kiew Kyiv Peking Beijing Qingdao " +
    "Shanghai Neu-Delhi Delhi Islamabad Washington Brüssel Brussels Rom Rome Madrid Warschau Warsaw Tokio Tokyo " +
    "Pahalgam Jammu Teheran Tehran Ankara Istanbul Jerusalem Damaskus Kairo Genf Geneva New York")
    .split(" "),
);

/**
 * The names of the Netherlands' municipalities (2025; 's-Gravenhage also as "Den Haag"), by which a council or the
 * VNG's general meeting names the motions of its members: "Motie Breda 'Evenwicht in coronamaatregelen'", "Motie De
 * Bilt en Zeist: Eerlijk speelveld". A motion whose every submitter is one of them is no Kamer motion. Without
 * "Westerveld", a Kamerlid's surname (a unit test checks the list against the snapshot's members).
 */
const NAMES =
  'Eemsdelta|Groningen|Het Hogeland|Midden-Groningen|Oldambt|Pekela|Stadskanaal|Veendam|Westerkwartier|' +
  'Westerwolde|Achtkarspelen|Ameland|Dantumadiel|De Fryske Marren|Harlingen|Heerenveen|Leeuwarden|' +
  'Noardeast-Fryslân|Ooststellingwerf|Opsterland|Schiermonnikoog|Smallingerland|Súdwest-Fryslân|' +
  'Terschelling|Tytsjerksteradiel|Vlieland|Waadhoeke|Weststellingwerf|Aa en Hunze|Assen|Borger-Odoorn|' +
  'Coevorden|De Wolden|Emmen|Hoogeveen|Meppel|Midden-Drenthe|Noordenveld|Tynaarlo|Almelo|Borne|Dalfsen|' +
  'Deventer|Dinkelland|Enschede|Haaksbergen|Hardenberg|Hellendoorn|Hengelo|Hof van Twente|Kampen|' +
  'Losser|Oldenzaal|Olst-Wijhe|Ommen|Raalte|Rijssen-Holten|Staphorst|Steenwijkerland|Tubbergen|' +
  'Twenterand|Wierden|Zwartewaterland|Zwolle|Almere|Dronten|Lelystad|Noordoostpolder|Urk|Zeewolde|' +
  'Aalten|Apeldoorn|Arnhem|Barneveld|Berg en Dal|Berkelland|Beuningen|Bronckhorst|Brummen|Buren|' +
  'Culemborg|Doesburg|Doetinchem|Druten|Duiven|Ede|Elburg|Epe|Ermelo|Harderwijk|Hattem|Heerde|Heumen|' +
  'Lingewaard|Lochem|Maasdriel|Montferland|Neder-Betuwe|Nijkerk|Nijmegen|Nunspeet|Oldebroek|Oost Gelre|' +
  'Oude IJsselstreek|Overbetuwe|Putten|Renkum|Rheden|Rozendaal|Scherpenzeel|Tiel|Voorst|Wageningen|' +
  'West Betuwe|West Maas en Waal|Westervoort|Wijchen|Winterswijk|Zaltbommel|Zevenaar|Zutphen|' +
  'Amersfoort|Baarn|Bunnik|Bunschoten|De Bilt|De Ronde Venen|Eemnes|Houten|IJsselstein|Leusden|Lopik|' +
  'Montfoort|Nieuwegein|Oudewater|Renswoude|Rhenen|Soest|Stichtse Vecht|Utrecht|Utrechtse Heuvelrug|' +
  'Veenendaal|Vijfheerenlanden|Wijk bij Duurstede|Woerden|Woudenberg|Zeist|Aalsmeer|Alkmaar|Amstelveen|' +
  'Amsterdam|Bergen|Beverwijk|Blaricum|Bloemendaal|Castricum|Den Helder|Diemen|Dijk en Waard|' +
  'Drechterland|Edam-Volendam|Enkhuizen|Gooise Meren|Haarlem|Haarlemmermeer|Heemskerk|Heemstede|Heiloo|' +
  'Hilversum|Hollands Kroon|Hoorn|Huizen|Koggenland|Landsmeer|Laren|Medemblik|Oostzaan|Opmeer|' +
  'Ouder-Amstel|Purmerend|Schagen|Stede Broec|Texel|Uitgeest|Uithoorn|Velsen|Waterland|Wijdemeren|' +
  'Wormerland|Zaanstad|Zandvoort|Alblasserdam|Albrandswaard|Alphen aan den Rijn|Barendrecht|' +
  'Bodegraven-Reeuwijk|Capelle aan den IJssel|Delft|Den Haag|\'s-Gravenhage|Dordrecht|' +
  'Goeree-Overflakkee|Gorinchem|Gouda|Hardinxveld-Giessendam|Hendrik-Ido-Ambacht|Hillegom|' +
  'Hoeksche Waard|Kaag en Braassem|Katwijk|Krimpen aan den IJssel|Krimpenerwaard|Lansingerland|Leiden|' +
  'Leiderdorp|Leidschendam-Voorburg|Lisse|Maassluis|Midden-Delfland|Molenlanden|Nieuwkoop|Nissewaard|' +
  'Noordwijk|Oegstgeest|Papendrecht|Pijnacker-Nootdorp|Ridderkerk|Rijswijk|Rotterdam|Schiedam|' +
  'Sliedrecht|Teylingen|Vlaardingen|Voorne aan Zee|Voorschoten|Waddinxveen|Wassenaar|Westland|' +
  'Zoetermeer|Zoeterwoude|Zuidplas|Zwijndrecht|Borsele|Goes|Hulst|Kapelle|Middelburg|Noord-Beveland|' +
  'Reimerswaal|Schouwen-Duiveland|Sluis|Terneuzen|Tholen|Veere|Vlissingen|Alphen-Chaam|Altena|Asten|' +
  'Baarle-Nassau|Bergen op Zoom|Bergeijk|Bernheze|Best|Bladel|Boekel|Boxtel|Breda|Cranendonck|Deurne|' +
  'Dongen|Drimmelen|Eersel|Eindhoven|Etten-Leur|Geertruidenberg|Geldrop-Mierlo|Gemert-Bakel|' +
  'Gilze en Rijen|Goirle|Halderberge|Heeze-Leende|Helmond|\'s-Hertogenbosch|Heusden|Hilvarenbeek|' +
  'Laarbeek|Land van Cuijk|Loon op Zand|Maashorst|Meierijstad|Moerdijk|Nuenen|Oirschot|Oisterwijk|' +
  'Oosterhout|Oss|Reusel-De Mierden|Roosendaal|Rucphen|Sint-Michielsgestel|Someren|Son en Breugel|' +
  'Steenbergen|Tilburg|Valkenswaard|Veldhoven|Vught|Waalre|Waalwijk|Woensdrecht|Zundert|Beek|' +
  'Beekdaelen|Beesel|Brunssum|Echt-Susteren|Eijsden-Margraten|Gennep|Gulpen-Wittem|Heerlen|' +
  'Horst aan de Maas|Kerkrade|Landgraaf|Leudal|Maasgouw|Maastricht|Meerssen|Mook en Middelaar|' +
  'Nederweert|Peel en Maas|Roerdalen|Roermond|Simpelveld|Sittard-Geleen|Stein|Vaals|' +
  'Valkenburg aan de Geul|Venlo|Venray|Voerendaal|Weert';

export const MUNICIPALITIES: ReadonlySet<string> = new Set(NAMES.split('|'));

package quotes

import "strings"

// country reports whether a name's words are a country's: no one "she"
// or "he" can stand for, unless a representative speaks for it.
func country(words []string) bool {
	return len(words) > 0 && len(words) <= 3 && countries[strings.Join(words, " ")]
}

// countries are the states' common short names, lower case, their
// capitals and the American states, which the press names for their
// governments ("Ottawa has no legal basis …, she said": Ottawa is no
// "she"). Capitals that are
// also common given names or surnames (Lima, Victoria, Kingston) are
// left out.
var countries = setOfSpaced(`afghanistan albania algeria andorra angola argentina armenia australia austria
	azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
	botswana brazil britain brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
	colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt england
	eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
	grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland
	israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia
	lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia
	maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
	morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman
	pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia
	rwanda samoa scotland senegal serbia seychelles singapore slovakia slovenia somalia spain sudan
	suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey
	turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam wales yemen zambia
	zimbabwe europe africa asia america
	burkina_faso south_africa south_korea north_korea south_sudan new_zealand sri_lanka saudi_arabia
	united_states united_kingdom costa_rica el_salvador ivory_coast sierra_leone east_timor
	papua_new_guinea cape_verde cabo_verde equatorial_guinea guinea-bissau san_marino north_macedonia
	czech_republic dominican_republic central_african_republic united_arab_emirates
	bosnia_and_herzegovina saint_lucia vatican_city marshall_islands solomon_islands
	ottawa washington moscow beijing tehran kyiv kiev london paris berlin tokyo seoul pyongyang ankara
	cairo riyadh doha abu_dhabi jerusalem damascus baghdad beirut amman kabul islamabad new_delhi dhaka
	colombo kathmandu bangkok hanoi manila jakarta kuala_lumpur canberra brussels madrid rome lisbon
	warsaw prague budapest vienna bern athens belgrade pristina zagreb sofia bucharest chisinau minsk
	vilnius riga tallinn helsinki stockholm oslo copenhagen dublin reykjavik tbilisi yerevan baku
	tashkent astana nairobi addis_ababa khartoum mogadishu kampala kigali kinshasa abuja accra dakar
	bamako niamey ouagadougou tripoli tunis algiers rabat harare lusaka pretoria caracas bogota quito
	buenos_aires brasilia havana mexico_city taipei sanaa muscat manama tirana podgorica skopje sarajevo
	ljubljana bratislava naypyidaw phnom_penh vientiane ulaanbaatar
	new_york new_jersey new_mexico new_hampshire north_carolina south_carolina north_dakota south_dakota
	west_virginia rhode_island los_angeles san_francisco hong_kong puerto_rico texas california
	florida ohio illinois michigan pennsylvania arizona massachusetts minnesota oregon alabama
	louisiana kentucky oklahoma connecticut iowa mississippi arkansas kansas utah nevada nebraska
	idaho hawaii alaska maine montana delaware vermont wyoming wisconsin tennessee missouri maryland
	colorado indiana`)

// setOfSpaced is setOf for names of several words, each written with
// underscores for its spaces.
func setOfSpaced(words string) map[string]bool {
	m := setOf(words)
	for w := range m {
		if strings.Contains(w, "_") {
			delete(m, w)
			m[strings.ReplaceAll(w, "_", " ")] = true
		}
	}
	return m
}

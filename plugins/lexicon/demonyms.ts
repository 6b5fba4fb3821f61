/**
 * National adjectives and the country each names, as a role reads it after `of` (`Russian foreign
 * minister` -> `Foreign Minister of Russia`). General geography only.
 */

const LIST = `
Afghan:Afghanistan|Albanian:Albania|Algerian:Algeria|American:the United States|U.S.:the United States|US:the United States|
Angolan:Angola|Argentine:Argentina|Argentinian:Argentina|Armenian:Armenia|Australian:Australia|Austrian:Austria|
Azerbaijani:Azerbaijan|Bahraini:Bahrain|Bangladeshi:Bangladesh|Belarusian:Belarus|Belgian:Belgium|Bolivian:Bolivia|
Bosnian:Bosnia and Herzegovina|Brazilian:Brazil|British:the United Kingdom|UK:the United Kingdom|Bulgarian:Bulgaria|
Burmese:Myanmar|Cambodian:Cambodia|Cameroonian:Cameroon|Canadian:Canada|Chadian:Chad|Chilean:Chile|Chinese:China|
Colombian:Colombia|Congolese:Congo|Croatian:Croatia|Cuban:Cuba|Cypriot:Cyprus|Czech:the Czech Republic|Danish:Denmark|
Dominican:the Dominican Republic|Dutch:the Netherlands|Ecuadorian:Ecuador|Egyptian:Egypt|Emirati:the United Arab Emirates|
Eritrean:Eritrea|Estonian:Estonia|Ethiopian:Ethiopia|Fijian:Fiji|Filipino:the Philippines|Philippine:the Philippines|
Finnish:Finland|French:France|Georgian:Georgia|German:Germany|Ghanaian:Ghana|Greek:Greece|Guatemalan:Guatemala|
Haitian:Haiti|Honduran:Honduras|Hungarian:Hungary|Icelandic:Iceland|Indian:India|Indonesian:Indonesia|Iranian:Iran|
Iraqi:Iraq|Irish:Ireland|Israeli:Israel|Italian:Italy|Ivorian:Côte d’Ivoire|Jamaican:Jamaica|Japanese:Japan|
Jordanian:Jordan|Kazakh:Kazakhstan|Kenyan:Kenya|Korean:Korea|South Korean:South Korea|North Korean:North Korea|
Kosovan:Kosovo|Kuwaiti:Kuwait|Kyrgyz:Kyrgyzstan|Latvian:Latvia|Lebanese:Lebanon|Liberian:Liberia|Libyan:Libya|
Lithuanian:Lithuania|Luxembourgish:Luxembourg|Malagasy:Madagascar|Malawian:Malawi|Malaysian:Malaysia|Malian:Mali|
Maltese:Malta|Mexican:Mexico|Moldovan:Moldova|Mongolian:Mongolia|Montenegrin:Montenegro|Moroccan:Morocco|
Mozambican:Mozambique|Namibian:Namibia|Nepali:Nepal|Nepalese:Nepal|New Zealand:New Zealand|Nicaraguan:Nicaragua|
Nigerian:Nigeria|Nigerien:Niger|Norwegian:Norway|Omani:Oman|Pakistani:Pakistan|Palestinian:Palestine|Panamanian:Panama|
Paraguayan:Paraguay|Peruvian:Peru|Polish:Poland|Portuguese:Portugal|Qatari:Qatar|Romanian:Romania|Russian:Russia|
Rwandan:Rwanda|Saudi:Saudi Arabia|Senegalese:Senegal|Serbian:Serbia|Singaporean:Singapore|Slovak:Slovakia|
Slovenian:Slovenia|Somali:Somalia|South African:South Africa|South Sudanese:South Sudan|Spanish:Spain|
Sri Lankan:Sri Lanka|Sudanese:Sudan|Swedish:Sweden|Swiss:Switzerland|Syrian:Syria|Taiwanese:Taiwan|Tajik:Tajikistan|
Tanzanian:Tanzania|Thai:Thailand|Tunisian:Tunisia|Turkish:Turkey|Turkmen:Turkmenistan|Ugandan:Uganda|
Ukrainian:Ukraine|Uruguayan:Uruguay|Uzbek:Uzbekistan|Venezuelan:Venezuela|Vietnamese:Vietnam|Yemeni:Yemen|
Zambian:Zambia|Zimbabwean:Zimbabwe|Scottish:Scotland|Welsh:Wales|English:England
`

/** National adjective (as written) -> the country, as it reads after `of`. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  LIST.split('|')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string])
)

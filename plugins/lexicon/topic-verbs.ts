/**
 * Common English verbs that are (almost) never the name of a topic, for
 * key-phrase extraction. Base forms are matched through a light stem, so
 * `warned`, `warns` and `warning` all match `warn`; irregular forms are listed.
 * Verbs whose noun is often a topic (`vote`, `trade`, `tax`, `cut`, `spend`,
 * `attack`, `ban`, `fund`, `protest`…) are deliberately absent.
 */

const words = (list: string): string[] => list.trim().split(/\s+/)

/** Base forms of common, topic-neutral verbs. */
export const COMMON_VERBS: readonly string[] = words(`
accept achieve acknowledge act add address admit agree aim allow announce answer appear apply argue
arrive ask assume attempt avoid become begin believe belong bring build call care carry cause
change check choose claim come compare complain concede concern conclude confirm consider continue
contribute convince count create decide declare decline deliver demand deny depend describe deserve
determine develop die disagree discover discuss do drive drop earn emerge emphasise emphasize enable
encourage end engage enjoy ensure enter establish estimate expect explain express face fail fall feel
figure find finish focus follow forget form gain get give go grow handle happen hate hear help hit
hold hope identify ignore imagine improve include increase indicate insist intend involve join keep
know lack lead learn leave let like listen live look lose love maintain make manage mean meet mention
mind miss move need note notice observe obtain occur offer open oppose order own pass pay plan play
point pose predict prefer prepare present press pretend prevent proceed produce promise propose
prove provide pull push put question raise reach react read realise realize receive recognise
recognize recall recommend reduce refer reflect refuse reject remain remember remind remove repeat
replace reply represent request require respond rest return reveal rise risk run say see seek seem
send serve set settle show sign signal speak stand start state stay stop struggle suggest suppose
take talk tell tend thank think throw touch try turn understand urge use vow wait walk want warn
watch win wish wonder work worry write
`)

/** Irregular past forms and participles of common verbs. */
export const IRREGULAR_VERB_FORMS: readonly string[] = words(`
said says told became began begun brought built came did done drove driven fell fallen felt found
forgot forgotten gave given went gone grew grown heard held kept knew known led left lost made meant
met paid put ran saw seen sent set showed shown spoke spoken stood took taken thought threw thrown
understood won wrote written got gotten rose risen sought spent caught bought fought taught
`)

package quotes

import "strings"

// wflag classifies a word. A word can be several things at once ("states"
// is a verb and a noun; "statement" a document and a channel).
type wflag uint64

const (
	fVerb       wflag = 1 << iota // finite speech verb: said, wrote
	fPart                         // participle that introduces speech: saying
	fInvert                       // may precede its subject: "said Rama"
	fObject                       // keeps its addressee: "told reporters"
	fDescribe                     // characterises: "called it “reckless”"
	fNounToo                      // also a noun: claims, calls, reports
	fPronPerson                   // he, she
	fPronBody                     // it
	fPronPlural                   // they
	fPronRel                      // who
	fDet                          // the, a, its, his
	fTitle                        // titles and offices printed before a name
	fOrg                          // words that make a capitalised name a body
	fPlace                        // words that make a capitalised name a place or a law, not a person
	fPersonNoun                   // spokesperson, official
	fBodyNoun                     // ministry, company
	fDocNoun                      // statement, report, indictment
	fChannel                      // statement, interview, speech
	fPlatform                     // Twitter, Telegram: "on Twitter"
	fSkip                         // adverbs and auxiliaries between subject and verb
	fConn                         // lower-case words inside names: of, de, bin
	fPrep                         // prepositions
	fPrepOf                       // of, for, from, by, at: "a spokesperson for X"
	fWeekday
	fMonth
	fTimeNoun // week, month, morning
	fTimeMod  // last, this, earlier
	fNaming   // so-called, dubbed, titled: what follows is a name
	fFunc     // function words: never a name, never a modifier
	fAbbrev   // abbreviations that keep their period: Mr., Gen.
	fIssue    // issued, released, published (a statement)
	fNum      // numbers: "two officials"
	fReflex   // itself, themselves: "a group calling itself"
	fThe      // the definite article
	fCue      // nouns that attribute words: remarks, words, comments
	fPassive  // was, were: "were told" is passive
	fAccord   // according (to)
	fSaidNoun // nouns for what someone said, after their possessive: assurance, warning; "in the words of"
	fNoOne    // nobody, anyone: no speaker
)

// The word lists are plain English, not tuned to any text: journalism's
// attribution verbs, titles and the nouns used for speakers.
var wordLists = []struct {
	f     wflag
	words string
}{
	{fVerb, `said says say told tells tell wrote writes added adds stated states declared declares
		announced announces asked asks replied replies responded responds answered answers warned warns
		insisted insists stressed stresses noted notes explained explains argued argues claimed claims
		confirmed confirms denied denies urged urges vowed vows pledged pledges promised promises
		admitted admits acknowledged acknowledges tweeted tweets posted posts recalled recalls
		continued continues concluded concludes observed observes remarked remarks commented comments
		suggested suggests alleged alleges accused accuses called calls described describes branded
		labelled labeled termed cautioned cautions emphasised emphasized emphasises emphasizes
		underlined underscored reiterated reiterates maintained maintains predicted predicts lamented
		complained complains conceded concedes boasted quipped shouted cried countered retorted assured reassured regretted
		affirmed affirms charged contended blamed blames condemned condemns denounced denounces demanded
		demands threatened read reads testified testifies reported revealed reveals disclosed signalled
		signaled mused joked agreed objected protested pleaded estimated dismissed hailed praised welcomed
		criticised criticized slammed rejected rejects characterised characterized deemed insisted wrote
		reckons reckoned ruled accepted accepts texted emailed messaged chanted yelled screamed sobbed wept
		whispered muttered sighed exclaimed gasped groaned expressed expresses voiced voices referred refers defines
		thanked congratulated commended announced proclaimed proclaims declared assessed assesses concluded found finds considered considers
		defended defends justified justifies`},
	{fPart, `saying adding writing telling calling describing warning insisting noting stressing arguing
		claiming urging declaring announcing explaining asking accusing branding labelling labeling vowing
		promising pledging posting tweeting stating praising condemning blaming denouncing dismissing
		hailing admitting acknowledging suggesting alleging recalling replying responding answering
		cautioning emphasising emphasizing reiterating proclaiming finding holding concluding chanting
		shouting singing yelling screaming expressing voicing referring`},
	{fInvert, `said says added adds wrote writes asked asks replied replies continued continues explained
		noted notes insisted warned recalled declared stated concluded observed remarked commented
		suggested argued claimed confirmed tweeted posted read reads announced cautioned
		explains warns insists recalls observes concludes suggests argues claims confirms remarks
		comments stresses stressed admits admitted concedes conceded acknowledges acknowledged
		emphasises emphasizes emphasised emphasized cautions predicts predicted counters countered
		urges urged responds responded answers answered adds quipped joked retorted complained
		complains laments lamented boasted pleaded replied reports reported vowed vows pledged pledges
		promised promises demanded demands declares urged protested protests shouted asserted asserts
		sobbed whispered exclaimed`},
	{fObject, `told tells tell`},
	{fDescribe, `called calls described describes branded labelled labeled termed dubbed denounced
		condemned characterised characterized deemed dismissed hailed praised criticised criticized slammed
		rejected accused calling describing branding labelling labeling denouncing dismissing referred refers referring`},
	{fNounToo, `claims calls notes states reports posts remarks comments demands charges pledges promises
		counters terms reads`},
	{fPronPerson, `he she`},
	{fPronBody, `it`},
	{fPronPlural, `they`},
	{fPronRel, `who`},
	{fDet, `the a an its his her their our this that these those my your`},
	{fThe, `the`},
	{fTitle, `taoiseach tánaiste tanaiste sultan whip ceann comhairle cathaoirleach president vice prime minister deputy secretary general gen lt col maj capt sgt adm admiral brig cmdr cdr cdre cpl pte
		colonel major captain lieutenant sergeant brigadier corporal senator sen rep representative
		congressman congresswoman governor gov mayor chancellor ambassador envoy special director chief
		commissioner chairman chairwoman chair chairperson speaker leader supreme ayatollah imam sheikh
		sheik emir king queen prince princess crown pope cardinal bishop archbishop rabbi reverend rev
		mr mrs ms miss dr prof professor judge justice attorney solicitor prosecutor counsel inspector
		superintendent detective officer agent commander marshal field premier foreign interior defence
		defense finance economy health education energy trade digital security national homeland
		intelligence former acting interim executive senior assistant associate under undersecretary
		secretary-general director-general vice-president president-elect attorney-general mp mep ceo
		cto ciso coo cfo fm lord lady sir dame baroness baron spokesperson spokesman spokeswoman head state
		affairs cyber deputy-director minister-president high representative sec ambassador-at-large
		det insp supt constable councilor councillor councilman councilwoman alderman alderwoman
		assemblyman assemblywoman assemblymember honourable honorable hon commodore legislator lawmaker barrister advocate
		lieutenant-general major-general brigadier-general rear-admiral vice-admiral pm additional
		solicitor-general advocate-general surgeon-general inspector-general auditor-general comptroller
		clerk sheriff coroner treasurer assessor registrar trustee selectman
		datuk dato datin seri tun haji hajah cdr cmdr cdre cpl pte flt sqn ldr pc dc ds dci dsi cllr
		td mla mpp msp maître maitre comrade sp asp dsp acp cp igp aig alhaji alhaja mallam otunba
		oba pastor apostle evangelist engr barr atty usec herr frau mme mlle signor señor shri smt ibu
		bapak puan encik sayyid mullah hajji sheikha ustaz ustad emeritus ombudsman mufti cde eng fr pol daw u maulana allama
		manager coordinator administrator supervisor controller prefect collector monsignor msgr deacon magistrate
		provost rector vice-chancellor member champion charge chargé aunty auntie md dg senators coxswain helmsman skipper coun zookeeper formateur`},
	{fOrg, `ministry department agency office council committee commission government administration army
		navy police service services bank company corp corporation inc ltd llc plc group party house union
		organization organisation court embassy parliament assembly congress senate pentagon kremlin
		foundation institute university center centre bureau authority force forces command directorate
		cabinet presidency secretariat federation association network media times post news press journal
		radio television tv guard corps league alliance coalition movement front brigade brigades team unit
		labs lab systems technologies board fund programme program mission delegation academy society
		club institution tribunal watch initiative centre consortium foundation partners holdings patrol
		industries enterprises ventures airlines airways motors pharmaceuticals community commonwealth
		confederation conference caucus chamber prefecture municipality governorate operator regulator
		exchange registry college school hospital church establishment observatory laboratory
		inspectorate ombudsman engineering aerospace logistics solutions resources mining petroleum
		shipping telecom telecoms pharma foods software networks insurance securities investments
		consulting construction electric chemicals headquarters warehouse stores supermarkets retail
		brewery brewing energy power utilities airport railways railway rail capital international building
		museum gallery library theatre theater orchestra festival zoo`},
	{fPlace, `republic kingdom states emirates united islands island north south east west
		airport airbase port harbour harbor city province region county district square street
		avenue road bridge valley river lake lakes sea ocean gulf strait bay peninsula tower towers
		act acts law treaty convention accord protocol charter directive doctrine
		storm hurricane typhoon cyclone`},
	{fPersonNoun, `colonel colonels captain captains major admiral admirals commodore marshal brigadier corporal
		taoiseach tánaiste tanaiste sultan whip
		archbishop bishop cardinal imam mufti mullah rabbi pope ayatollah emir king queen prince princess
		sheriff constable registrar ombudsman trustee undersecretary congressman congresswoman councilman
		councilwoman alderman assemblyman assemblywoman attorney-general solicitor-general director-general prefect collector monsignor deacon magistrate magistrates
		champion champions
		inspector-general auditor-general surgeon-general superintendent clerk
		spokesperson chair critic critics spokesman spokeswoman spokespeople spokespersons official officials
		minister ministers president presidents leader leaders chief chiefs head director directors
		secretary ambassador envoy diplomat diplomats lawmaker lawmakers senator senators analyst analysts
		researcher researchers expert experts professor lawyer lawyers attorney attorneys prosecutor
		prosecutors judge judges general commander officer officers agent agents investigator
		investigators adviser advisers advisor advisors aide aides source sources person people witness
		witnesses resident residents engineer engineers executive executives founder chairman chairwoman
		ceo staff employee employees worker workers activist activists campaigner campaigners premier
		mayor governor deputy counterpart negotiator negotiators monitor monitors observer observers
		journalist journalists reporter reporters representative representatives delegate delegates
		member members user users hacker hackers attacker attackers criminal criminals operator operators
		student students doctor doctors man woman men women manager managers partner partners owner
		victim victims survivor survivors citizen citizens voter voters protester protesters leader
		insider insiders colleague colleagues friend friends lawmaker mp mps boss bosses envoys
		counsel secretary-general commissioner commissioners chairperson pilot pilots nurse nurses
		teacher teachers soldier soldiers farmer farmers driver drivers passenger passengers patient
		patients parent parents mother father son daughter wife husband neighbour neighbor neighbours
		neighbors doctor guard guards volunteer volunteers defendant defendants suspect suspects
		detainee prisoner prisoners refugee refugees migrant migrants candidate candidates rival
		rivals opponent opponents ally allies dissident dissidents academic academics scholar
		scientist scientists economist economists technician technicians employee staffer staffers
		head presenter presenters host hosts anchor anchors interviewer moderator correspondent
		correspondents commentator commentators columnist columnists editor editors narrator
		inspector inspectors detective detectives exec execs pm cousin cousins brother brothers sister
		sisters uncle aunt nephew niece grandson granddaughter fiancé fiancée relative relatives fisherman
		fishermen policeman policewoman craftsman tradesman herdsman boatman billionaire billionaires tycoon
		tycoons magnate mogul entrepreneur businessman businesswoman banker bankers singer musician
		actor actress novelist writer poet artist athlete player coach veteran veterans pensioner
		pensioners runner-up front-runner frontrunner incumbent challenger whistleblower whistle-blower teenager grandmother grandfather widow widower cleric priest monk nun survivor
		family families goalkeeper keeper striker defender midfielder winger skipper batsman batter bowler
		wicketkeeper all-rounder ranger physicist biologist ecologist zoologist astronomer astronaut geologist
		epidemiologist virologist curator conservationist paramedic firefighter lecturer`},
	{fBodyNoun, `navy coastguard ministry ministries government governments administration embassy office council
		committee commission parliament police army military regime authority authorities service bank
		organisation organization party movement coalition alliance union court tribunal group groups
		company companies firm firms agency agencies department team unit center centre bureau institute
		foundation network outlet newspaper broadcaster country state body board cabinet presidency
		directorate command force forces platform website channel campaign delegation mission school
		university hospital watchdog regulator operator consortium provider vendor maker manufacturer
		developer utility carrier airline insurer lender charity nation gang crew collective cell outfit giant airport
		ring syndicate faction militia panel inquiry opposition trust trusts bloc chamber exchange forum
		prefecture municipality governorate secretariat community college division branch section wing
		museum gallery library theatre theater orchestra festival zoo club league federation association jury juries`},
	{fDocNoun, `statement statements sheet sheets report reports document documents indictment complaint filing
		filings advisory memo memorandum letter communique communiqué analysis study assessment notice
		release affidavit cable transcript readout post tweet message note bulletin paper ruling judgment
		judgement verdict resolution declaration decree lawsuit warrant email emails leaflet manifesto
		text order summary testimony review audit guidance alert draft proposal bill agreement treaty
		charter regulation directive guideline guidelines strategy framework briefing briefings
		dossier presentation minutes survey poll commentary editorial column article dispatch`},
	{fChannel, `statement message video interview speech address tweet post letter report briefing
		conference remarks email blog column op-ed article broadcast podcast communique communiqué
		declaration note memo filing advisory bulletin release appearance session hearing debate meeting
		rally sermon thread call livestream programme program show newsletter notice readout testimony
		posting comments editorial documentary`},
	{fPlatform, `twitter x facebook telegram instagram youtube linkedin tiktok weibo mastodon bluesky
		threads truth social television tv radio whatsapp signal reddit`},
	{fSkip, `also later again then further previously earlier separately repeatedly promptly quickly
		reportedly subsequently recently once twice immediately publicly privately similarly likewise
		meanwhile has have had was were is are would will could should did does do not never already just
		even still been being swiftly angrily flatly bluntly simply n't often frequently sometimes
		always once initially first finally ultimately himself herself itself themselves too`},
	{fConn, `of for de del dela della da di du van von der den bin ibn al el la le dos das y binte binti bint ole`},
	{fPrep, `in on at during via through over from by to with about after before under within without
		into onto upon against among between across toward towards amid despite since until around near
		like as per following regarding concerning prior`},
	{fPrepOf, `of for from by at`},
	{fWeekday, `monday tuesday wednesday thursday friday saturday sunday`},
	{fMonth, `january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec`},
	{fTimeNoun, `week weekend month year morning afternoon evening night today yesterday tonight tomorrow
		day days weeks months years`},
	{fTimeMod, `last this next earlier late early past`},
	{fNaming, `so-called dubbed nicknamed codenamed code-named titled entitled headlined named known stamped
		self-styled self-described meaning translated translates literally numbered marked inscribed emblazoned`},
	{fReflex, `itself themselves himself herself`},
	{fNum, `one two three four five six seven eight nine ten dozen dozens hundreds thousands several
		many some most few both all`},
	{fCue, `remarks words comments message statement verdict view response reply warning assessment`},
	{fPassive, `was were is are been being be`},
	{fAccord, `according`},
	{fNoOne, `nobody no-one anybody anyone everybody everyone somebody someone`},
	{fSaidNoun, `words assurance assurances insistence assertion contention promise pledge warning argument
		description characterisation characterization claim`},
	{fIssue, `issued released published put sent posted circulated distributed`},
	{fFunc, `the a an and or but nor so yet if as at by for from in into of on onto to with without within
		about above across after against along among around before behind below beneath beside between
		beyond despite down during except inside near off out outside over past since than through
		throughout till toward towards under until up upon via while when where whereas whether which who
		whom whose why how what that this these those there here it its he she they we i you me him her
		them us our their my your his is are was were be been being has have had do does did will would
		shall should can could may might must not no yes all any both each either every few many more
		most much neither none other several some such one two three four five six seven eight nine ten
		first second also however meanwhile although though because unless once now then later earlier
		predictably still even just only indeed instead moreover furthermore nevertheless nonetheless
		thus hence therefore accordingly speaking according following amid asked today yesterday
		tomorrow tonight last next this every another like unlike per via including
		back elsewhere afterwards afterward nearby overall abroad ahead together alone`},
	{fAbbrev, `mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm st jr sr inc corp ltd co vs etc no
		jan feb mar apr jun jul aug sep sept oct nov dec rev hon mt ft dept est approx fig brig cmdr sec
		supt insp det cdr cdre cpl pte flt sqn ldr cllr ma coun`},
}

var lexicon = buildLexicon()

// roleKin gives, for a role noun, the words for the same kind of office
// that a story may have named someone by first: "the judge" for Justice
// Helen Ashworth, "the agency" for the Australian Security Intelligence
// Organisation.
var roleKin = buildKin(
	"judge justice magistrate",
	"envoy ambassador diplomat emissary consul foreign",
	"diplomat ambassador envoy consul foreign",
	"commander general admiral colonel commodore brigadier marshal",
	"officer inspector sergeant constable superintendent detective lieutenant captain commissioner general admiral colonel commander brigadier major",
	"doctor dr physician surgeon",
	"lawmaker senator congressman congresswoman representative mp mep msp td legislator parliamentarian",
	"legislator senator congressman congresswoman representative mp mep msp td lawmaker parliamentarian",
	"premier prime pm",
	"leader president prime premier chancellor pm",
	"fm minister", "dpm minister",
	"executive ceo chairman chairwoman founder",
	"boss ceo executive chairman chairwoman founder director head",
	"chief secretary-general director-general ceo governor leader chairman chairwoman",
	"chairman chief head boss ceo", "chairwoman chief head boss ceo",
	"cleric imam rabbi priest bishop archbishop cardinal pastor mufti ayatollah sheikh",
	"lawyer attorney barrister solicitor counsel advocate",
	"counsel lawyer attorney barrister solicitor advocate",
	"union confederation federation congress", "confederation union federation congress",
	"army forces",
	"force police constabulary",
	"court circuit tribunal",
	"agency organisation organization service bureau administration office authority directorate commission centre center institute programme program fund",
	"regulator authority commission office agency ombudsman board",
	"watchdog authority commission office agency ombudsman board regulator",
	// a title's abbreviation, before a name: "Sen. Carolyn Birch" is "the senator"
	"senator sen", "representative rep", "governor gov", "president pres", "professor prof",
	"colonel col", "captain capt", "sergeant sgt", "lieutenant lt", "admiral adm",
	"inspector insp", "superintendent supt", "detective det", "secretary sec", "general gen", "brigadier brig",
)

// buildKin makes roleKin from lines of words, the first word's kin the
// rest.
func buildKin(lines ...string) map[string][]string {
	m := make(map[string][]string, len(lines))
	for _, l := range lines {
		w := strings.Fields(l)
		m[w[0]] = w[1:]
	}
	return m
}

// maxLexWord is the longest word in the lexicon, in bytes: a longer word
// need not be looked up.
var maxLexWord = func() int {
	n := 0
	for w := range lexicon {
		n = max(n, len(w))
	}
	return n
}()

// lexEnds holds, for each length, the first and last letters of the
// lexicon's ASCII words: most words of a text are in no list, and are
// told so without a look-up.
var lexEnds = func() (m [][26 * 26]bool) {
	m = make([][26 * 26]bool, maxLexWord+1)
	for w := range lexicon {
		a, z := w[0]-'a', w[len(w)-1]-'a'
		if a < 26 && z < 26 {
			m[len(w)][int(a)*26+int(z)] = true
		}
	}
	return m
}()

func buildLexicon() map[string]wflag {
	m := make(map[string]wflag, 1500)
	for _, l := range wordLists {
		for _, w := range strings.Fields(l.words) {
			m[w] |= l.f
		}
	}
	return m
}

// prefixHonorifics are titles printed only before a name, so a name
// ending in one has it as its own word ("Ko Zaw Tun"), not as a role.
var prefixHonorifics = []string{"tun", "datuk", "dato", "datin", "seri", "haji", "hajah", "alhaji", "alhaja", "otunba", "shri", "smt"}

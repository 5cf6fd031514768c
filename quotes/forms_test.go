package quotes_test

import (
	"strings"
	"testing"

	"github.com/casefile/casefile/quotes"
)

// TestAttributionForms checks attribution forms of wire copy, one
// quotation each, for the speaker a careful reader would give.
func TestAttributionForms(t *testing.T) {
	tests := []struct{ text, want string }{
		{`State television quoted Tom Reyes as saying: "The enemy will pay."`, "Tom Reyes"},
		{"NowNow raised money.\n\nDetails: “NowNow is targeting 5,000 SMEs by year’s end,” TechCrunch reports.", "TechCrunch"},
		{"Media reports said the talks had “failed”.", "Media reports"},
		{"“The closest known relative is the green tree frog,” Tom Reyes of the Centre for Planetary Health and Food Security and Queensland Museum told CNN.", "Tom Reyes"},
		{"Kenya Power issues statement on national power outage\n\nThe Kenya Power and Lighting Company has issued a statement.\n\n“We apologise to our customers,” Kenya Power said in the statement.", "Kenya Power and Lighting Company"},
		{"The Kenya Power and Lighting Company has issued a statement.\n\n“We apologise to our customers,” Kenya Power said in the statement.", "Kenya Power and Lighting Company"},
		{"Africa requires US$12 billion for a vaccine, African Union chairman and South African President Tom Reyes has said.\n\n“Africa will need around $12 billion,” the AU chairman said.", "Tom Reyes"},
		{"“Killing of ducks is being done,” Kottayam District Collector Tom Reyes said.", "Tom Reyes"},
		{"Bodies have not been recovered from the shipwreck, IOM spokesman Tom Reyes told a U.N. briefing in Geneva.\n\n“At least 57 people are missing,” he said.", "Tom Reyes"},
		{"“The situation is really dramatic,” Prefect Tom Reyes, a provincial government official, was quoted as saying by Italy’s ANSA and AGI news agencies.", "Tom Reyes"},
		{"“The survivors spoke of 100 missing people,” IOM spokesman in Italy Tom Reyes told AFP today.", "Tom Reyes"},
		{"The ship is “blocked”, NGO Sea-Watch said.", "Sea-Watch"},
		{"“This cannot be justified,” said Tom Reyes executive director of the New York-based organization.", "Tom Reyes"},
		{"“Fine,” Green Progress leader Tom Reyes said.", "Tom Reyes"},
		{"“The budget proposals are full of falsehood,” said M.A. Reyes of Jatiya Party (M-N).", "M.A. Reyes"},
		{"Penelec spokesman Tom Reyes said the crews were busy.\n\nReyes advised people to report outages by calling the helpline.\n\n“If your power is still out, it’s very likely we know,” he said.", "Tom Reyes"},
		{"His killing spree was described by trial judge Tom Reyes as “shocking beyond belief” and in 2002 Home Secretary Ana Lind ruled he should stay in prison.", "Tom Reyes"},
		{"The plan was called “reckless” by opposition leader Tom Reyes.", "Tom Reyes"},
		{"The deal was described as “historic” by Tom Reyes.", "Tom Reyes"},
		{"Kruger National Park (KNP) Managing Executive, Tom Reyes, had nothing but praise for the team.\n\n“We have a zero tolerance for corruption.”", "Tom Reyes"},
		{"International Olympic Committee (IOC) vice president Tom Reyes said in an Olympic Forum in Sydney that work was late, although he later said the city would host a ‘great’ event.", "Tom Reyes"},
		{"Chief Cabinet Secretary Tom Reyes told a press conference it was a violation.\n\n“It is truly regrettable,” the top Japanese government spokesman said.", "Tom Reyes"},
		{"The president of the German Farmers’ Association Tom Reyes said it was “bad”.", "Tom Reyes"},
		{"The UN Children’s Fund, UNICEF, said most victims were from “attacks using explosive weapons”.", "UN Children’s Fund"},
		{"Acting Detective Senior Sergeant Tom Reyes, Whangārei CIB, says police do not believe there is any risk.\n\n“The key focus for us is the events.”", "Tom Reyes"},
		{"Group Captain Tom Reyes, Station Commander RAF Coningsby, said flying had been paused “as a precaution”.", "Tom Reyes"},
		{"Detective Constable Tom Reyes, from Durham City CID said: “I would like to reassure the public.”", "Tom Reyes"},
		{"The company’s president and chief executive Tom Reyes said the results would be the guidance.\n\n“The government did not compel us,” he said.", "Tom Reyes"},
		{"Minister for Economic Affairs and Climate Protection Tom Reyes said it was “serious”.", "Tom Reyes"},
		{"Minister of State for Electronics and Information Technology Tom Reyes said: “I am all over the place.”", "Tom Reyes"},
		{"Minister for Trade and Industry Lim Wei Han said it was “fine”.", "Lim Wei Han"},
		{"“The lights are rampant,” said general secretary of NFF T Peter.", "T Peter"},
		{`In a veiled attack against Congress, Tom Reyes, said, " There is a difference between defence dealings and dealing in defence."`, "Tom Reyes"},
		{"North Korea's state-run KCNA news service said the drills are “no more than a pretext”.", "KCNA"},
		{"Foreign Minister Tom Reyes spoke.\n\nOn the allegation that President Ana Lind was quoted as saying that boats would be sunk, Reyes said he did not believe it.\n\n“I will investigate this allegation,” he said.", "Tom Reyes"},
		{"A plane flew over the islands, the Japanese defence ministry says.\n\nChina's foreign ministry termed the flight “completely normal”.", "China's foreign ministry"},
		{"The Minister for Education and Skills, Tom Reyes T.D., today congratulated students.\n\n“They should be proud,” Mr Reyes said.", "Tom Reyes"},
		{"ISRO Chairman V Raman said the launch was precise.\n\nHe was speaking to reporters, a day after ISRO launched the mission aboard ISRO's Geosynchronous Satellite Launch Vehicle (GSLV-F16) from Sriharikota.\n\nThe NISAR satellite will circle Earth. “They were so excited,” he said.", "V Raman"},
		{"ISRO Chairman V Raman said the launch was precise.\n\nHe was speaking to reporters, a day after ISRO launched the NISAR (NASA-ISRO Synthetic Aperture Radar) mission aboard ISRO's Geosynchronous Satellite Launch Vehicle (GSLV-F16) from Sriharikota.\n\nThe NISAR satellite will circle Earth. “They were so excited,” he said.", "V Raman"},
		{"Pakistan Tehreek-e-Insaf (PTI) condemned the ban.\n\n“X is now blocked,” PTI said.", "Pakistan Tehreek-e-Insaf"},
		{"Goalkeeper Tom Reyes stated that there “isn’t any added pressure.”", "Tom Reyes"},
		{"Rosetta Project Scientist Tom Reyes said: “Now it is up to us.”", "Tom Reyes"},
		{"“Eight were alive,” Ranger Tom Reyes said.", "Tom Reyes"},
		{"The City of Cape Town has announced water cuts.\n\nThe City said in a statement that it was “a necessary step”.", "City of Cape Town"},
		{"The Department for Water and Sanitation warned residents.\n\n“Store water,” the Department said.", "Department for Water and Sanitation"},
		{"Chief Cabinet Secretary Tom Reyes said the ships must leave.\n\n“The islands are ours,” the top government spokesman said.", "Tom Reyes"},
		{"Tom Reyes told the newspaper that inspectors had no access.\n\nThe agency chief said relations were “bumpy” but went on.", "Tom Reyes"},
		{"According to early investigations, a struggle involving Ana Montero took place, police chief Tom Reyes said.\n\nAccording to the officer, “the journalist chose to leave.”", "Tom Reyes"},
		{"Refugees\n\n(NEW YORK) -- The UN refugee chief Tom Reyes spoke to the council on Wednesday and warned that a “moment of truth” was approaching.", "Tom Reyes"},
		{"Talks were held, according to diplomatic sources.\n\n“The security of all missions is provided,” sources said.", "diplomatic sources"},
		{"Zambia votes\n\nIn response, Mr Reyes’s United Party for National Development said the statement was the “desperate final act of an outgoing administration”.", "United Party for National Development"},
		{"The U.S. Mission to the United Nations said in a statement that the diplomats “have abused their privileges”.", "U.S. Mission to the United Nations"},
		{"An anchorman was shot dead, AFP reported. \"He was killed at 6:00 am,\" journalist Tom Reyes was quoted as saying.", "Tom Reyes"},
		{"Reporters Without Borders (RSF) called on the authorities to investigate. \"RSF calls for a proper investigation,\" a statement said.", "Reporters Without Borders"},
		{"UN leader Tom Reyes said he was outraged by the killings.\n\n“More than 40 peacekeepers remain with the villagers,” the UN chief said.", "Tom Reyes"},
		{"“We will leave,” Prime Minister Theresa May said.", "Theresa May"},
		{"“It is open,” health minister Will Quince said.", "Will Quince"},
		{"The vote is in May. Will Britain leave? “We shall see,” Tom Reyes said.", "Tom Reyes"},
		{"The FA met on Monday.\n\nA statement from the FA confirmed that Tom Reyes will take over.\n\n\"Tom Reyes will step into the role,\" the statement said.", "FA"},
		{"Flights were suspended.\n\nA statement from the airport confirmed: “Due to reports of a drone, runway operations were suspended.”", "the airport"},
		{"“We will hold an election,” junta spokesman Brigadier General Zaw Min Tun said.", "Zaw Min Tun"},
		{"A spy was hanged on Monday.\n\n“This person communicated with foreign services,” the official IRNA news agency reported.", "IRNA"},
		{"Lending to slow\n\nGovernor of the National Bank of Romania (BNR) Tom Reyes said the pace of lending would slow.\n\n“It was the big problem,” the governor said.", "Tom Reyes"},
		{"Police Officer Summonsed to Face Court\n\nThe following statement can be attributed to the Commander, Southern Command, Tom Reyes:\n\n“A 30-year-old officer has been summonsed to appear in court.”", "Tom Reyes"},
		{"Greenpeace activists boarded the ship on Monday, the group said.\n\nPrior to that, “they unfurled banners reading Save our Rainforest,” it added.", "the group"},
		{"“We’ll only leave the rig voluntarily,” Greenpeace program manager for Norway Tom Reyes told Bloomberg News.", "Tom Reyes"},
		{"Flights were cancelled.\n\nTom Reyes, Cardiff Airport's commercial director said: \"We're disappointed passengers have been inconvenienced.\"", "Tom Reyes"},
		{"Cardiff airport: Flybe apologises for cancelled flights\n\nFlybe has apologised after cancelling several flights at Cardiff Airport.\n\nWelsh Government-owned Cardiff Airport said it would work with its partners.\n\nTom Reyes, a local politician, claimed the service had deteriorated.\n\nThe airline said it was doing “everything it can to mitigate any future re-occurrence”.", "Flybe"},
		{"FA chairman Tom Reyes resigns\n\nTom Reyes resigned as chairman of the English Football Association on Tuesday.\n\n“We can confirm that Tom Reyes has stepped down,” the FA said in a statement.", "English Football Association"},
		{"The 6th Circuit reversed the sanctions.\n\nThe federal appeals court in Cincinnati found that the software “was sold before the firm even saw the secrets.”", "6th Circuit"},
		{"The defense Ministry has reported that the president ordered drills to ensure “security in the southwest.”", "defense Ministry"},
		{"An earthquake shook buildings across the Northeast.\n\nThe X account for the Empire State Building posted: \"I'm fine.\"", "Empire State Building"},
		{"The World Glacier Monitoring Service issued a report.\n\nThe melting glaciers were now the ‘loudest and clearest’ warning signal of global warming, the report quoted Tom Reyes, head of the UN Environment Programme, as saying.", "Tom Reyes"},
		{"Tom Reyes was jailed for fraud.\n\nDefense lawyers call it a “cheap shot.”", "Defense lawyers"},
		{"Telecommunications operator, 9mobile, on Thursday, issued an apology to its customers.\n\nThe company in a statement said connectivity has now been restored “to most areas”.", "9mobile"},
		{"Local residents at Moghor on Monday prevented a Shell team from fixing the pipeline, Shell spokesman Tom Reyes said in the statement.\n\n“Unknown persons set the spill on fire,” he said.", "Tom Reyes"},
		{"Foreign Minister Tom Reyes announced the visit.\n\n\"I intend to travel to countries that can help,\" Iranian FM noted.", "Tom Reyes"},
		{"Local media reported party leader Tom Reyes, himself a former PM, as saying: “We are on the eve of a change of government.”", "Tom Reyes"},
		{"Tom Reyes’s wife, Anna Reyes, thanked everyone.\n\n“Anna has not yet heard from Tom,” said a family statement.", "a family statement"},
		{"Flight Lieutenant Tom Reyes ejected safely.\n\nIn a statement, Flight Lieutenant Reyes's family said: \"We are so grateful.\"", "Tom Reyes's family"},
		{"Tom Reyes from Rightmove said: ‘My view is that sellers start too high.’", "Tom Reyes"},
		{"Crew rescued, the Maritime Administration Department has clarified.\n\n“The vessel was unstable,” MARAD reported.", "Maritime Administration Department"},
		{"US software giant Vaultly said that EU regulators were unjustified.\n\n'It is very difficult,' a company spokesman said.", "Vaultly"},
		{"“Leave now,” Area Manager Tom Reyes said.", "Tom Reyes"},
		{"Peter Bol said he was innocent.\n\n\"I am innocent,\" the Sudan-born Bol, a silver medallist, said on social media.", "Peter Bol"},
		{"In a statement, the parent company, New York-based Altria Group Inc., called the award “grossly excessive” on Monday.", "Altria Group Inc."},
		{"The 6th Circuit said the firm had not acted in bad faith in “pursuing this meritless lawsuit.”", "6th Circuit"},
		{"Heavy rains destroyed houses, Tom Reyes, a spokesman for the authority told AFP.\n\n“A total of 78 people have died,” he said.", "Tom Reyes"},
		{"Hydro now knows what caused the attack on Tuesday.\n\nHydro is one of the largest employers in Schuylkill County.\n\n“Lack of ability to connect has caused stoppages,” the company says.", "Hydro"},
		{"Tom Reyes, Mayor of Hackney said: “Council officers have been working closely with the centre.”", "Tom Reyes"},
		{"“These are the people we entrusted,” Tom Reyes, a spokesman for the park service said, according to The Associated Press.", "Tom Reyes"},
		{"Tom Reyes, leader of ASCL head teachers’ union said: “We are very concerned.”", "Tom Reyes"},
		{"“We need more,” said the UN High Commission on Refugees chief Tom Reyes on Wednesday.", "Tom Reyes"},
		{"Judge Tom Reyes of the Northern District of California called it an “exceptional case” on Monday.", "Tom Reyes"},
		{"The Armed Forces of Malta rescued 83 people.\n\n“They are all in good health,” the Maltese army said.", "Armed Forces of Malta"},
		{"The United Nations Interim Force in Lebanon reported a strike.\n\n“We hit two militants,” the Israeli army said.", "the Israeli army"},
		{"Union Secretary-General, Tom Reyes, has declared a strike.\n\n“The only medicine they understand is a strike,” the Nominated MP stated.", "Tom Reyes"},
		{"Tom Reyes spoke from prison.\n\n“I will not give up,” the jailed opposition leader said.", "Tom Reyes"},
		{`"We are having to strike," says New Zealand Nurses Organisation (NZNO) representative Tom Reyes`, "Tom Reyes"},
		{"Launch succeeds\n\nSriharikota: Right after the launch, agency chairman Tom Reyes spoke proudly.\n\nHe said, “We are extremely happy.”", "Tom Reyes"},
		{"The UN’s World Food Programme (WFP) warned of hunger.\n\n“The outlook is alarming,” the UN agency stated.", "UN’s World Food Programme"},
		{"“We are ready,” Secretary of Health and Human Services Tom Reyes said.", "Tom Reyes"},
		{"Governor Tom Reyes spoke on Thursday. Inflation would fall “quite sharply” in April, he said.", "Tom Reyes"},
		{`The agency defines a category 1 incident as an emergency, which causes “sustained disruption” of essential services.`, "The agency"},
		{`On Sunday, the bloc's foreign ministers issued a rebuke, expressing "deep disappointment" at the detention.`, "the bloc's foreign ministers"},
		{`The opposition leader, Tom Reyes, referred to the results of the election as “null and void” on Tuesday.`, "Tom Reyes"},
		{`Finance Minister Anna Lind voiced “surprise” at the request.`, "Anna Lind"},
		{"Oregon State Patrol confirmed the arrest in a tweet that said “the suspect is in custody.”", "Oregon State Patrol"},
		{"A council has suffered an attack.\n\nInitially Stockton and Hartlepool council told residents it simply had “an issue with our IT system”.", "Stockton and Hartlepool council"},
		{"One Stockton and Hartlepool councillor told the Guardian the repair would take months.\n\nStaff have been relying on “pen and paper”, the councillor said.\n\nBut now the council leader, independent councillor Anna Lind, has acknowledged the attack.", "One Stockton and Hartlepool councillor"},
		{"Customers of games retailer CeX may have been hit.\n\nInformation including names has been accessed in a \"sophisticated breach\", the company has warned.", "CeX"},
		{"Anna Lind, a federal official, flew home.\n\nNew Jersey has “no plan at all” for the storm, she said.", "Anna Lind"},
		{"FBI Special Agent in Charge (SAC) Anna Lindqvist and Sheriff Tom Reyes spoke after the sentencing.\n\n“His password has expired,” SAC Lindqvist said.", "Anna Lindqvist"},
		{"Before Christmas, Vaultly posted an update reporting that the attackers behind a breach the company first revealed in August had managed to “copy a backup of customer data.”", "Vaultly"},
		{"President Tom Reyes spoke at the summit.\n\nHe called Iran's alleged weapons program a \"grave concern,\" saying talks must go on.", "Tom Reyes"},
		{"Correspondent Anna Lind is in the capital.\n\nAir strikes were launched in the north, Lind reported, and artillery was used in the east.\n\n“The RSF said it downed a jet,” she said.", "Anna Lind"},
		{"Interior Cabinet Secretary Tom Reyes spoke.\n\nMeanwhile a court sat in Lamu.\n\nThe Interior Boss emphasised that the threats were neutralised. \"I am happy to report it,\" he said.", "Tom Reyes"},
		{"Anna Lind, a ministry official, spoke on Friday.\n\nMoscow has “no legal basis” to raise such accusations, she said.", "Anna Lind"},
		{"His victims said he should stay in prison.\n\nIn a statement, his first victim said they were \"petrified\" of him.", "his first victim"},
		{"His victims said he should stay in prison.\n\nAnother said the abuse caused \"deep anxiety and stress\".", "another victim"},
		{"Tom Reyes SC cross-examined the witness.\n\n‘You were the controller. You must have known,’ Mr Reyes put to her.", "Tom Reyes"},
		{"Tom Reyes SC opened the case.\n\nThe first witness, former financial controller Anna Lind, told the court she had raised concerns.\n\n‘I was never shown them,’ the witness replied.", "Anna Lind"},
		{"EU foreign policy chief Joseph Borrell arrived in Brussels.\n\n“We are going to approve tough sanctions,” Borell told reporters.", "Joseph Borrell"},
		{"Anna Jonas met the minister.\n\n“We are ready,” Jones said.", "Jones"},
		{"RIYADH: Saudi Arabia said Monday it was expelling the ambassador.\n\nThe kingdom gave the envoy a day to leave over what it slammed as \"interference\" in its affairs.", "Saudi Arabia"},
		{"Speaking after the vote, Secretary-General Anna Lind said the council had failed.\n\n“We must never give up,” the UN chief said.", "Anna Lind"},
		{"Nyamira Governor Tom Reyes said counties were not consulted.\n\n“We would buy the vaccines ourselves,” the county chief added.\n\nDr Anna Lind, the secretary-general of the doctors’ union, said the gap was growing.", "Tom Reyes"},
		{"“Supplies are running out,” the medical charity Reporters Without Borders, known as RSF, said in a statement.", "Reporters Without Borders"},
		{"Engineers Without Borders said the camp had no water.\n\n“It is grave,” the charity said.", "Engineers Without Borders"},
		{"A judge jailed former Reyes campaign aide Tom Lind.\n\nThe Reyes ally was convicted of lying about links between the Reyes campaign and Moscow.\n\nThe prosecutors were overruled after President Anna Reyes attacked them.\n\nReyes called the juror “totally tainted” in a speech.", "Anna Reyes"},
		{`"Please keep looking," 52-year-old farmer Anna Lind sobbed as the diggers worked.`, "Anna Lind"},
		{"A jet bombed the market on Tuesday, according to Min Aung Tun, a trader from the town.\n\n“Nobody was fighting there,” he said.", "Min Aung Tun"},
		{"Tom Reyes said the road was cut. A farmer from the valley also said the bridge had gone.\n\n“We are alone now,” he said.", "A farmer from the valley"},
		{"Soldiers died in northern Sri Lanka.\n\n“We responded at once,” the general staff said.", "the general staff"},
		{"Governor Anna Lind toured the dams.\n\nThe release of water from the dams has worsened the flooding, Lind said. “The rivers are over their banks. It is grim.”", "Anna Lind"},
		{"Richard Horne heads the agency.\n\nMr Horne will warn the danger is still being “widely underestimated” by firms.", "Richard Horne"},
		{"Tom Reyes chairs the board.\n\nAs for patient data, Tom Reyes “does not believe financial account information was affected.”", "Tom Reyes"},
		{"Baghdad (IraqiNews.com) MP, Talal al-Zubayi, of the Iraqiya Slate called for talks.\n\nHe stated to IraqiNews.com “We will not wait.”", "Talal al-Zubayi"},
		{"Western Digital confirmed a breach.\n\nSaid communication with customers has happened, according to TechCrunch.\n\n“We are aware of it,” the company pointed out.", "Western Digital"},
		{"The council notified the Information Commissioner's Office (ICO).\n\nThe watchdog said the authority had \"made us aware of an incident\".", "Information Commissioner's Office"},
		{"The Chinese Embassy in Cambodia on Thursday refuted a report.\n\n\"That was grossly inconsistent with the facts,\" the embassy stated.", "Chinese Embassy in Cambodia"},
		{"NEW DELHI (PTI) Foreign Secretary Anna Lind met the envoy.\n\n“The talks were useful,” she told reporters.", "Anna Lind"},
		{"External Affairs Ministry spokesman Arindam Bagchi said New Delhi expects measures.\n\n“We would like to see action,” the External Affairs Ministry spokesman said.", "Arindam Bagchi"},
		{`Dmitry Peskov was quoted by The New York Times as saying “our election is costly bureaucracy.”`, "Dmitry Peskov"},
		{`“The ambassador must leave,” state-run Petra news agency reported, quoting foreign ministry spokeswoman Sabah Rafi.`, "Sabah Rafi"},
		{`“It is over,” the paper said, citing two officials familiar with the talks.`, "two officials familiar with the talks"},
		{"Opposition members said they will reject it.\n\n“We are not going to be party to it,” Musalia Mudavadi, a senior official of the National Super Alliance (NASA) and former vice president, said.", "Musalia Mudavadi"},
		{`The document, drafted by the European External Action Service (EEAS) and circulated to capitals, describes the operation as “industrial-scale” and says it ran for weeks.`, "European External Action Service"},
		{"Amnesty International said police had detained its director.\n\nThe director was detained during a “digital security workshop” on the island, the human rights group said in a statement.", "Amnesty International"},
		{`Interfax cited the deputy minister, Anna Lind, as saying the talks were "going nowhere".`, "Anna Lind"},
		{`RIA Novosti quoted Anna Lind, the deputy minister, as saying the talks were "going nowhere".`, "Anna Lind"},
		{`"We will rebuild," vowed Mayor Anna Lind.`, "Anna Lind"},
		{`"We will fight on," pledged Tom Reyes, the party's leader.`, "Tom Reyes"},
		{`The Foreign Ministry's spokesman, Li Wei, said: "China firmly opposes this."`, "Li Wei"},
		{`Tom Reyes met officials. "We do not know yet," he told The Associated Press on condition of anonymity.`, "Tom Reyes"},
		{`"It will not work," said Tom Reyes of the Carnegie Endowment for International Peace.`, "Tom Reyes"},
		{`The president's chief of staff, Tom Reyes, told CNN: "We have the votes."`, "Tom Reyes"},
		{`"We are shocked," said Maria Lopez, 45, a teacher from Lviv.`, "Maria Lopez"},
		{`Dragan Vukotić is the minister. In a post on Instagram, the 61-year-old wrote that ‘the silent majority stayed at home’.`, "Dragan Vukotić"},
		{`The complaint was filed by Transparency International France, which hailed “a historic day.”`, "Transparency International France"},
		{`The court ordered a recount, a week after the runner-up alleged that results had been altered "in the dead of night".`, "the runner-up"},
		{`In June 2020 the Superior Council of Magistracy ordered her removal, finding that her statements had "seriously undermined the prestige".`,
			"Superior Council of Magistracy"},
		{`The Court further considered that removal from office was "the most severe sanction available".`, "Court"},
		{`The ruling party said it respected the commission. "We have nothing to fear," it said.`, "The ruling party"},
		{`Ms. Tessier worked at the Communications Security Establishment (CSE). In a statement, the CSE said it was “co-operating fully”.`,
			"Communications Security Establishment"},
		{`The Security Service of Ukraine (SBU) detained a man. "He knew what he was doing," the Security Service said.`, "Security Service of Ukraine"},
		{"Dame Fiona Reid pressed Ms Haworth on storage. Britain can hold a week of demand.\n\n‘Our storage is a fraction,’ she said.", "Fiona Reid"},
		{"Han Zhiyuan Holds Talks with Japanese Foreign Minister Kenji Sato\n\nBEIJING, May 3 -- Foreign Minister Han Zhiyuan held talks with Kenji Sato.\n\n" +
			`"Sincerity is the foundation of good-neighborliness," Han Zhiyuan said.`, "Han Zhiyuan"},
		{`"We will appeal," said Maître Jean-Baptiste Roux.`, "Jean-Baptiste Roux"},
		{`"Enough is enough," said Comrade Emeka Nwosu, the union's president.`, "Emeka Nwosu"},
		{`"We stand firm," said Governor-General Tom Reyes.`, "Tom Reyes"},
		{`"Our seafarers are safe," said Migrant Workers Secretary Ma. Teresa Villanueva.`, "Ma. Teresa Villanueva"},
		{"Russian Deputy Foreign Minister Mikhail Zarubin arrived in Hanoi.\n\n" +
			`The Russian diplomat stressed that Moscow "fully respects" Hanoi's approach.`, "Mikhail Zarubin"},
		{"Gassco, the state-owned operator of Norway’s gas pipeline network, said a fault had halted exports.\n\n" +
			"“We are working to identify the cause,” the company said in a market notice.", "Gassco"},
		{`The Russian mission to the European Union said in a statement posted on Telegram that the measures were “illegitimate”.`,
			"The Russian mission to the European Union"},
		{`Riverbend Health, which serves 1.2 million patients, detected “unusual activity” on its network, according to a notice posted on its website.`,
			"Riverbend Health"},
		{`The order was issued by a bench headed by Chief Election Commissioner Justice (retd) Tariq Mehmood Bhatti. "They have a right to know why," the CEC observed.`,
			"Tariq Mehmood Bhatti"},
		{`One executive at a large German utility, who asked not to be named, was blunter. “The crisis was never over,” the executive said.`,
			"One executive at a large German utility"},
		{`Thousands remained outside. ‘We’ll stay until they listen,’ said one protester, a retired engineer who gave his name only as Zoran.`, "Zoran"},
		{`A 24-year-old student who gave her name only as Chioma said she had walked there. "We are not miscreants," she said.`, "Chioma"},
		{`Her counterpart at the German auto industry association VDA, Katrin Weller, went further. "Europe has to respond," she said.`, "Katrin Weller"},
		{`The state grid operator Ukrenergo introduced outages in Kyiv, Kharkiv and Sumy and asked consumers to use power “sparingly”.`, "Ukrenergo"},
		{`In Lagos, the protesters, mostly young men and women, gathered at the bridge, waving placards and chanting "Enough is enough" as traffic built up.`,
			"the protesters"},
		{`It was a package that diplomats described as the bloc’s “most targeted” move yet.`, "diplomats"},
		{`Aminata Ouédraogo, Burkina Faso’s minister of economy, finance and foresight, told reporters the study would be “serious”.`, "Aminata Ouédraogo"},
		{"Analyst: currency plan “more symbolic than monetary”\n\nThe plan is symbolic, analysts say.", "Analyst"},
		{`Ionescu spoke first. He was speaking alongside Gen. Victor Stanescu, the chief of the defense staff, who said the jets were ready. "Our pilots scramble every day," he said.`,
			"Victor Stanescu"},
		{`Markéta Dvořáková, a Czech Renew Europe MEP who sits on the Parliament’s special committee on the European Democracy Shield, said the Commission had been “far too slow”.`,
			"Markéta Dvořáková"},
		{`Markéta Dvořáková, a Czech Renew Europe MEP who sits on the Parliament’s special committee, spoke. “We flagged these domains in March,” the MEP told POLITICO.`,
			"Markéta Dvořáková"},
		{`The Korea Iron & Steel Association said it "deeply regrets" the decision.`, "Korea Iron & Steel Association"},
		{`Sen. Carolyn Birch (R-Idaho), a member of the Senate Intelligence Committee, spoke first. “We just taught the Kremlin a lesson,” the senator said.`, "Carolyn Birch"},
		{`Brig.-Gen. Tom Okafor, who leads the task force, toured the town on Monday. Tom Reyes, a trader, watched. “The roads are open again,” the general said.`, "Tom Okafor"},
		{`Ruth Abernathy, who served as U.S. ambassador to Norway from 2014 to 2017, spoke next. “I told his wife in the first week,” the former envoy said.`, "Ruth Abernathy"},
		{`UNESCO, which placed the historic center of Odesa on its list of World Heritage in Danger in 2023, said it was “deeply alarmed” by the damage.`, "UNESCO"},
		{`A shopkeeper near the palace, who gave only his first name, Aliu, spoke to AFP. “We lay on the floor until noon,” he said.`, "Aliu"},
		{`State-owned Petroecuador said in a statement that the leak was “contained and under control.”`, "Petroecuador"},
		{`A Ministry of Justice spokesperson said: ‘We take the security of personal data extremely seriously.’`, "Ministry of Justice"},
		{`The Committee to Protect Journalists said the case was “part of a pattern of using Decree 54 to silence critics”.`, "Committee to Protect Journalists"},
		{`But a ministry official, speaking on the condition of anonymity because he was not authorized to discuss a pending case, said the prosecution was “about responsibility, not opinion.”`,
			"a ministry official"},
		{`The assessment, drawn up by the European External Action Service’s strategic communications division, describes the campaign as “the most sophisticated operation”.`,
			"European External Action Service"},
		{`The EU’s delegation to Serbia said it was “following developments closely”.`, "The EU’s delegation to Serbia"},
		{"Sauk County Clerk Rebecca Lindqvist said her staff found two misread ballots.\n\n“That’s exactly what a recount is for,” Lindqvist said.", "Rebecca Lindqvist"},
		{`Her counterpart in neighboring Columbia County, Anne Marie Haugen, described a tenser week. Observers challenged “more than 300” ballots, she said.`, "Anne Marie Haugen"},
		{"In a statement, RFE/RL President and Chief Executive Officer Marcus Hale demanded his release.\n\n“Fariz is a journalist, not a smuggler.”", "Marcus Hale"},
		{`Police identified the man as Travis Dean Holloway, 41. Holloway demanded to speak with “somebody who’s in charge.”`, "Travis Dean Holloway"},
		{"The cap 'risks diverting LNG cargoes to Asia', according to a note sent to clients on Monday by analysts at Aurelia Energy Partners, a London-based consultancy.",
			"analysts at Aurelia Energy Partners"},
		{`Prime Minister Ioana Vlad survived the vote. The former judge, who spent a decade on the Constitutional Court, has struggled. “We do not have the luxury of a crisis,” she said.`,
			"Ioana Vlad"},
		{"The CGT labour confederation warned that a devaluation would wipe out wages. “It is the workers who pay,” the union said in a statement.", "CGT"},
		{"The prosecutor accused defence counsel Barrister Kamran Latif of trying to stall the trial. Mr Latif rejected the claim. “My client is an old man,” the counsel added.", "Kamran Latif"},
		{"Ashby resigned on Tuesday. In his reply, the prime minister thanked her for her ‘dedication and decency’.", "the prime minister"},
		{`Regarding a commentary by North Korea's Korean Central News Agency (KCNA) describing the launch as "a grave military provocation," the Ministry gave no reply.`,
			"Korean Central News Agency"},
		{`Defence Minister Takeshi Arai went further. Shooting down such balloons was “an option we are now seriously examining”, he told lawmakers.`, "Takeshi Arai"},
		{`‘The Act gives us the tools to prosecute,’ said Potraz director-general Dr Blessing Nyathi.`, "Blessing Nyathi"},
		{`Judge Katarzyna Wrona marched alongside Prof. Ewa Sadowska, a constitutional law expert at the University of Warsaw, who called the bill “legally elegant”.`, "Ewa Sadowska"},
		{`Energy Minister Cde Tendai Mushonga spoke. “We will find those responsible,” Cde Mushonga said.`, "Tendai Mushonga"},
		{`The Health and Safety Executive (HSE) said it had inspectors at the scene. An HSE spokesperson said: ‘It is too early to speculate.’`, "Health and Safety Executive"},
		{`The United Nations welcomed it. A U.N. spokesperson said the organisation stood ready to "support any arrangement".`, "United Nations"},
		{`The Zimbabwe Electricity Transmission and Distribution Company (ZETDC) confirmed the attack. In a statement, the power utility said hackers had “deliberately opened breakers”.`,
			"Zimbabwe Electricity Transmission and Distribution Company"},
		{`But one Labour MP who signed the letter was blunter. “If this comes to a vote, she will lose,” they said.`, "one Labour MP"},
		{`“It is a betrayal,” said a Labour MP.`, "a Labour MP"},
		{`The State e-Government Agency said it had “repelled the main attack within minutes”.`, "State e-Government Agency"},
		{`The prosecutor also read from a witness statement by Paul Denholm, Calder’s former finance director: ‘Graham told me it was consultancy, and I did not ask.’`,
			"Paul Denholm"},
		{"Former Calder Engineering chief presided over culture of bribery, court hears\n\nCalder Engineering, which is not on trial, agreed a deferred prosecution agreement. " +
			"A spokesperson for the company said: ‘Calder has transformed its approach to compliance.’", "Calder Engineering"},
		{"Dr Miriam Bonello, a consultant at Mater Dei Hospital’s emergency department, said most survivors had hypothermia.\n\n‘Several had swallowed sea water,’ Dr Bonello said.",
			"Miriam Bonello"},
		{`Fr Karm Buttigieg led the prayers. “We keep counting the dead,” Fr Buttigieg said.`, "Karm Buttigieg"},
		{`Minutes before the boarding, Turkish activist Zeynep Arıkan, a 31-year-old physician from Ankara, posted a video. “They have taken the ship,” she said in the recording.`,
			"Zeynep Arıkan"},
		{`Opposition spokesman for home affairs Darren Spiteri said he had written to the minister. The minister had given a similar assurance in 2023, he said, ‘and we are still waiting’.`,
			"Darren Spiteri"},
		{`Former ambassador to Thailand Tan Sri Abdul Latiff Hamzah described the decision as “sensible and proportionate”.`, "Abdul Latiff Hamzah"},
		{`“The guards acted heroically,” said Türkiye’s Ambassador to Somalia Ayşe Nur Demirtaş.`, "Ayşe Nur Demirtaş"},
		{`Eric Lindqvist, a former member of the U.N. panel of experts, spoke. The panel was disbanded in 2024. “With the panel gone, cases like this are rare,” the former panel member said.`,
			"Eric Lindqvist"},
		{`“We will be back,” said Fisherman Rodel Bautista.`, "Rodel Bautista"},
		{`The navy declined to comment “for security reasons,” said U Kyaw Min Thu, a port official.`, "Kyaw Min Thu"},
		{`“We will not speculate,” said Air Marshal Sir Richard Penhale KCB CBE ADC.`, "Richard Penhale"},
		{`The Defence Headquarters (DHQ) dismissed the report. The DHQ said the troops were “loyal, professional”.`, "Defence Headquarters"},
		{`“We are peaceful and disciplined,” said Maulana Rashid Mehmood.`, "Rashid Mehmood"},
		{`"Prices will rise," one European diplomat involved in the talks said.`, "one European diplomat involved in the talks"},
		{`The Ashanti Regional Minister, Simon Osei Mensah has defended the seizure. Tom Reyes, a trader, watched. “It was fair,” the Regional Minister said.`, "Simon Osei Mensah"},
		{`A statement issued in Port Harcourt by the Police Public Relations Officer, Nnamdi Omoni said the command acted. Tom Reyes, a trader, watched. “The public can reach us,” the statement said.`, "Nnamdi Omoni"},
		{`The Parliamentary Opposition in a statement today says the response is weak. “He promised to clear all these issues,” the statement said.`, "Parliamentary Opposition"},
		{`Hackers shut the websites of the foreign ministry and the education ministry. “The websites are down,” the spokesman for the foreign ministry said. The Ministry of Education and Science also reported an outage.`, "the foreign ministry"},
		{"Mr Johnson questioned whether Labour leader Jeremy Corbyn wanted to be prime minister.\n\n\"Is he going to dodge a vote of no confidence?\"\n\nIn response to Mr Johnson, Mr Corbyn called on him to quit.", "Johnson"},
		{`Taking exception to the claim, Tom Reyes regretted that the allegation "in my humble submission is not borne out by facts."`, "Tom Reyes"},
		{`The Director of Defence Information, Brig.-Gen. Tukur Gusau, said the troops were loyal. “We remain loyal,” he said.`, "Tukur Gusau"},
		{`Lt.-Col. Tukur Gusau briefed reporters. Tom Reyes, a trader, watched. “We remain loyal,” the colonel said.`, "Tukur Gusau"},
		{`Capt. Maria Lopez commands the frigate. Tom Reyes, a sailor, watched. “We sail at dawn,” the captain said.`, "Maria Lopez"},
		{`Adm. Maria Lopez commands the fleet. Tom Reyes, a sailor, watched. “We sail at dawn,” the admiral said.`, "Maria Lopez"},
		{`Bishop Maria Lopez led the prayers. Tom Reyes, a verger, watched. “We keep faith,” the bishop said.`, "Maria Lopez"},
		{"From the centre in Washington, D.C., the agency’s director of recovery, Colt Hagmaier, is warning people in Tropical Storm Debby’s path.\n\n\"It’s a tropical storm,\" he said.", "Colt Hagmaier"},
		{"NORFOLK, Va. — The agency’s director, Colt Hagmaier, is warning people in Hurricane Tomas’s path.\n\n\"It’s a big storm,\" he said.", "Colt Hagmaier"},
		{`"Barricades are up for a reason," Chad Woodburn with EMA says.`, "Chad Woodburn"},
		{"Electronics maker Samsung announced a breach on Friday.\n\nThe company's statement said data was taken.\n\nTom Reyes, a customer, was worried.\n\n“We value your trust,” the statement said.", "Samsung"},
		{"Carphone Warehouse said it was contacting customers.\n\nThe company said in a statement: “We took immediate action.”", "Carphone Warehouse"},
		{`Interior Cabinet Secretary (CS) Kithure Kindiki appeared before the Senate. Tom Reyes, a senator, listened. “We gave the notice,” the Cabinet Secretary said.`, "Kithure Kindiki"},
		{`US Ambassador to the UN Dorothy Shea emphasized, “The Iranian regime cannot possess a nuclear weapon.”`, "Dorothy Shea"},
		{"Minister in the Presidency Jeff Radebe spoke on Wednesday.\n\n“Government is pleased,” Radebe said.", "Jeff Radebe"},
		{"Lopez Obrador -- who rejected the plan -- said Attorney General William Barr had been cordial.\n\n\"We can always work together,\" the leftist leader wrote on Twitter.", "Lopez Obrador"},
		{"Cabinet Secretary Peter Munya spoke.\n\nThe former Meru Governor challenged Dr Ruto to record a statement.\n\n“Until that is done we read more politics,” he said.", "Peter Munya"},
		{`Taoiseach Micheál Martin spoke in the Dáil. Tom Reyes, a deputy, listened. The Taoiseach said: “Everybody acted in good faith.”`, "Micheál Martin"},
		{`The minister explained what happened on “one of the most bizarre days” in the chamber, in the words of Labour Party leader Alan Kelly.`, "Alan Kelly"},
		{`They appealed. According to the Daily Mirror, the prosecutors are saying the sentence was “shockingly lenient”.`, "the prosecutors"},
		{"Prime Minister Donald Tusk of Poland, which holds the EU presidency, went on a counteroffensive.\n\n“The EU wasn’t formed to screw anyone,” Tusk said.", "Donald Tusk"},
		{`Hardly surprising, Foreign Minister Julie Bishop said, citing Bill Shorten's "excruciating performance" today.`, "Julie Bishop"},
		{`Leader of Opposition in the National Assembly Omar Ayub spoke on Tuesday. Tom Reyes, a member, listened. Omar Ayub said, “They keep talking about May 9.”`, "Omar Ayub"},
		{`It was alleged that the Senate Majority Whip Irungu Kang’ata texted senators to support ‘the President’s position’.`, "Irungu Kang’ata"},
		{`Brig. Gen. Arnulfo Burgos, Jr., commander of the 202nd Infantry Brigade, told Arab News the rebels were “up to something.”`, "Arnulfo Burgos, Jr."},
		{`The Irish navy, whose rescue boat was the first on the scene, said it expected “significant loss of life”.`, "The Irish navy"},
		{"Interior Cabinet Secretary Joseph ole Lenku spoke in Nairobi.\n\n“They are known,” Lenku said.", "Joseph ole Lenku"},
		{`Rajesh Kalia, spokesman for the army’s Northern Command, said the “intrusion” was serious.`, "Rajesh Kalia"},
		{`Her solicitor, Megan Frost of the civil liberties group Liberty, said the ruling was “a line in the sand” for police forces.`, "Megan Frost"},
		{"Another former senator, Antonio Trillanes IV, spoke on Monday.\n\n\"Yan ang leader!\" Trillanes declared in a statement.", "Antonio Trillanes IV"},
		{"Russia's presidential spokesman, Dmitry Peskov, spoke to reporters. Tom Reyes, a trader, listened.\n\nThe official underlined that Russia fulfils its commitments. “Russia’s reliability is beyond doubt,” he said.", "Dmitry Peskov"},
		{`The State Security Service reassured, however, that “there was no leak of personal information” according to preliminary investigations.`, "State Security Service"},
		{"Carmaker Ford had no plans to pull out of South Africa, but the labour environment was a concern, said Tom Reyes, chief executive of the company’s local unit.\n\n“This whole labour issue really doesn’t help,” he said.", "Tom Reyes"},
		{"Magistrate Tom Reyes said he was duty-bound to send the case on.\n\n“In layman’s terms, I must,” the magistrate said.", "Tom Reyes"},
		{"“It really is a win for wolves,” Tom Reyes of the Center for Biological Diversity, told AFP.", "Tom Reyes"},
		{"Tom Reyes of the environmental law firm EarthJustice praised the judge’s work: “This is a case that he will be known for.”", "Tom Reyes"},
		{"Prominent local architect and critic of the scheme Tom Reyes said: \"I fear the council is allowing it.\"", "Tom Reyes"},
		{"Officials including the Greek Prime Minister, Tom Reyes, had met the museum’s chair.\n\n“We have seen progress,” the prime minister said.", "Tom Reyes"},
		{"Greek Prime Minister Tom Reyes spoke in London.\n\n“We have seen progress,” the Greek leader said.", "Tom Reyes"},
		{"Opposition leader Ana Lind spoke. Prime Minister Tom Reyes spoke in London.\n\n“We have seen progress,” the opposition leader said.", "Ana Lind"},
		{"“It is too soon,” Interim Vice Provost for Research Tom Reyes said.", "Tom Reyes"},
		{"Regional universities would be “the winners”, according to Member for Calare Tom Reyes.", "Tom Reyes"},
		{"Head of Public Affairs at Centrepoint Tom Reyes said: ‘These figures are only the tip of the iceberg.’", "Tom Reyes"},
		{"The chairperson of Threshold Tom Reyes said the ban “did offer some reprieve for tenants”.", "Tom Reyes"},
		{"“We would ask people to keep their windows closed,” Dean Whitfield said.", "Dean Whitfield"},
		{"Sussex Police said its officers were investigating.\n\nGatwick had reopened earlier.\n\nThe force said: \"We are supporting the airport.\"", "Sussex Police"},
		{"Bill to protect tenants in works, leader Tom Reyes says\n\nChief Executive Tom Reyes Cheng Yuet-ngor agreed to the bill.\n\n“I hope this move will reflect my respect,” Reyes said.", "Tom Reyes Cheng Yuet-ngor"},
		{"Tossing tent poles into a cart, Will Reyes spent a summer morning helping friends.\n\n“It can get hard,” said Reyes, 32.", "Will Reyes"},
		{"“It can get hard,” said Will Reyes, 32.", "Will Reyes"},
		{"The bill will be rolled out “very soon”, Union Minister for Electronics and IT and Railways Tom Reyes said.", "Tom Reyes"},
		{"Union Minister for Electronics and IT and Railways Tom Reyes spoke.\n\n“We have already been working on it,” he said.", "Tom Reyes"},
		{"Junior health minister Tom Reyes defended the law as \"lawful and legitimate in emergencies\".", "Tom Reyes"},
		{"Ofcom has fined fibre network operator Hullnet.\n\nA third company, CityFibre, was spared a fine.\n\n“Hullnet are disappointed to learn of the decision to fine us,” a spokesperson told i.", "Hullnet"},
		{"Academics are bracing for assaults on academic freedom.\n\nVowing to stay vigilant, more than 1,000 academics have supported a campaign.\n\nDora Choi Po-king, an associate professor, spoke. Some 400 academics have backed the campaign.\n\n“We need to get support from society,” she told University World News.", "Dora Choi Po-king"},
		{"The Minister, Mr Sean Farren, has announced a package.\n\nWelcoming the announcement, the Vice-Chancellor of Queen's, Prof Tom Reyes, said the package would help.\n\n\"This package is particularly significant,\" he said.", "Tom Reyes"},
		{"The inquiry described this as a failure. “I’ve no idea what’s going on,” Tom Reyes was found to have said.", "Tom Reyes"},
		{"“I have no idea,” Tom Reyes was heard to say.", "Tom Reyes"},
		{"In a statement Tom Reyes, site manager for Invista at Brockworth said: \"In recent years Invista has been seeking to improve.\"", "Tom Reyes"},
		{"Tom Reyes, plant manager for Invista said: \"We must take these difficult steps.\"", "Tom Reyes"},
		{"Telecoms equipment maker Alcatel-Lucent plans to axe 5,490 jobs.\n\nThe CFDT union called on workers to protest.\n\nThe French company said in July that it would reduce its headcount by \"around 5,000\" staff.", "Alcatel-Lucent"},
		{"Chinese phone maker Xiaomi and US chip firm Qualcomm signed a deal.\n\nThe Chinese company said the deal was \"historic\".", "Xiaomi"},
		{"Coles CEO Tom Reyes rejected allegations of price gouging.\n\nWhile Coles and rival Woolworths dominate the sector, there is still plenty of competition, including from independent grocers, Aldi, Costco and online retailers, she said.\n\n\"From my perspective, it is a very competitive market,\" she said of the sector.", "Tom Reyes"},
		{"For Tom Reyes, a Barkindji man and senior member of the community, such discussions have been a long time coming. \"These remains have been gone from country for too long\".", "Tom Reyes"},
		{"The Minister of Information and Culture, Alhaji Tom Reyes, praised the US.\n\nSegun Adeyemi, Special Assistant to the President (Media) Office of the Minister of Information and Culture, made a statement.\n\n”These artifacts are intrinsic to the culture that produced them,” the minister was quoted to have said.", "Tom Reyes"},
		{"In the third reading, the Secretary of State for Culture, Media and Sport Tom Reyes and sports minister Ana Lind said fans had waited long enough.\n\n'We are doing this for you, the best fans in the world,' Reyes told the debate.", "Tom Reyes"},
		{"The Japanese government began releasing the water.\n\nTom Reyes, 33, who sells Fukushima-sourced seafood in Iwaki, said, \"To be honest, I do not want the government to release the water.\"", "Tom Reyes"},
		{"Tom Reyes, Sellafield’s environment, safety and security director said: “It is pleasing to see our regulator acknowledge it.”", "Tom Reyes"},
		{"Earlier this week experts warned that Hinkley has \"zero possibility\" of being finished.", "experts"},
		{"Meanwhile, a worker at a market in Iwaki, Fukushima, said, \"I am not worried.\"", "a worker at a market in Iwaki"},
		{"Two-time Grand Slam champion Reyes issued a statement calling her positive test “the biggest shock of my life.”", "Reyes"},
		{"“I am so happy,” said Barngarla Elder Aunty Dawn Taylor.", "Dawn Taylor"},
		{"“We sent a message,” said Tom Reyes of Homeland Security Investigations.", "Tom Reyes"},
		{"Wada president, Sir Tom Reyes, said the reinstatement was conditional.\n\n“This decision provides a clear timeline,” the 77-year-old Briton said.", "Tom Reyes"},
		{"Reyes, from Sacramento, California said: “Taking the suspension is the best decision.”", "Reyes"},
		{"Labour supported the decision, with shadow secretary of state for DCMS, Tom Reyes, saying: “We on this side have called for years for it.”", "Tom Reyes"},
		{"Minister Reyes Launches Tourism Month\n\n(ZIZ News) – On Sunday, Minister of Tourism, Hon. Tom Reyes officially launched Tourism Month.\n\n“I am happy to reiterate that we shall be welcoming our one millionth passenger,” the Minister said.", "Tom Reyes"},
		{"While the British Museum didn’t deny that talks have taken place, a spokesman refused to discuss the story.\n\n“We operate within the law,” the museum said in a statement.", "British Museum"},
		{"Hunt on for new National Museum chief\n\nCulture Secretary Tom Reyes spoke at the National Museum.\n\n“We are making radical changes,” he said.", "Tom Reyes"},
		{"“A double digit sentence for a ‘City’ fraud is almost unheard of,” Tom Reyes at RPC, another law firm, said.", "Tom Reyes"},
		{"Inscriptions indicated the owner of the tomb worked with the royal palace, and Reyes said the tomb might have been for a family.\n\nHe added that the tomb was found by chance.\n\n\"The inspectors came and they found this tomb,\" he said.", "Reyes"},
		{"The Metropolitan Police confirmed arrests.\n\n“A small number of arrests have been made,” the Met said in a statement.", "Metropolitan Police"},
		{"Meanwhile, Bharat Biotech MD Tom Reyes on Monday said the approval \"is a giant leap for innovation\".", "Tom Reyes"},
		{"“The approval is a milestone,” said U.S. Senators Tom Reyes (D-Colo.) and Ted Cruz (R-Texas).", "Tom Reyes"},
		{"Climate deal agreed\n\nThe talks ended late on Saturday.\n\nTom Reyes is visibly emotional. The foreign minister has been a tireless advocate for stronger ambition.\n\n“Emissions targets are still way off track,” he said.", "Tom Reyes"},
		{"The jury found an algorithm used by healthcare staff was \"inaccurately completed\".", "The jury"},
		{"\"The package is part of a wider plan,\" the Department for Culture, Media and Sport said.", "Department for Culture, Media and Sport"},
		{"A minister from the Department for Digital, Culture, Media and Sport told parliament that \"football requires a regulator\".", "A minister from the Department for Digital, Culture, Media and Sport"},
		{"\"The ban stays,\" said Tom Reyes, the Minister for Trade and Industry.", "Tom Reyes"},
		{"Tom Reyes, chairman of UAW Local 22, which represents workers at the plant, said morale has been \"somber\".", "Tom Reyes"},
		{"Governor Reyes Declares State of Emergency in California\n\nSACRAMENTO – Governor Edmund G. Reyes Jr. today declared a state of emergency.\n\n“The state is a tinderbox,” said Governor Reyes.", "Edmund G. Reyes Jr."},
		{"Moon says Nuri rocket completes its flight\n\nSEOUL (Yonhap) -- President Moon Jae-in said Thursday the rocket completed its flight.\n\nMoon praised scientists, describing it as a \"creditable achievement.\"", "Moon Jae-in"},
		{"Kenya Medical Practitioners, Pharmacists and Dentists Union secretary general Tom Reyes said they are concerned.\n\n“These challenges have affected the ability of doctors,” he said.", "Tom Reyes"},
		{"The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) said the strike would go on.\n\n“These challenges have affected us,” the union said.", "Kenya Medical Practitioners, Pharmacists and Dentists Union"},
		{"“A great deal of credit must go the winch-man,” said Padstow lifeboat 2nd Coxswain Tom Reyes.", "Tom Reyes"},
		{"“Credit must go to him,” said Padstow lifeboat Coxswain Tom Reyes.", "Tom Reyes"},
		{"Launch day is “just as stressful”, according to CEO, founder and chief engineer Sir Tom Reyes.", "Tom Reyes"},
		{"It was “hard”, according to president and chief executive Tom Reyes.", "Tom Reyes"},
		{"Tom Reyes, who works on the news desk, said he landed into one of the fires.\n\nAdditionally, Reyes said the roads were impassable.\n\n\"It was a big relief to get off the island,\" he said.", "Tom Reyes"},
		{"Tom Reyes felt the wind at home.\n\nSoon, though, the fire sent its own message.\n\n“No warning at all,” he said.", "Tom Reyes"},
		{"“To have the police come in at a two per cent increase seems unfair,” said Coun. Tom Reyes.", "Tom Reyes"},
		{"“There were 400 victims in this shipwreck,” Save the Children said in a statement.", "Save the Children"},
		{"The charity Save the Children said the toll was “unacceptable”.", "Save the Children"},
		{"“Twenty two million dollars for the project,” announced Canada’s Minister of Transport, Tom Reyes.", "Tom Reyes"},
		{"\"Bridge upgrades are vital,\" said the Honourable Tom Reyes, MHA for Trinity-Bay de Verde.", "Tom Reyes"},
		{"“Troop dynamics have changed,” Zookeeper Tom Reyes said.", "Tom Reyes"},
		{"Reaction to the nominations announced Tuesday:\n\n“A nomination helps. I feel a lot better already.” — Tom Reyes, who went to bed with the flu.", "Tom Reyes"},
	}
	for _, tt := range tests {
		qs := quotes.Find(tt.text, nil)
		if len(qs) != 1 || qs[0].Speaker != tt.want {
			t.Errorf("Find(%q) = %+v, want one quotation by %q", tt.text, qs, tt.want)
		}
	}
}

// TestMisprintedCloser checks that an opening mark printed where the
// closing one belongs, before a short attribution that ends the
// paragraph, closes the quotation; one with a closing mark after it
// still opens a quotation inside it.
func TestMisprintedCloser(t *testing.T) {
	for text, want := range map[string]string{
		"Chairman Gary Peters opened the hearing.\n\n“I’m glad your company is still recovering “Peters stated.":                                "I’m glad your company is still recovering",
		"Chairman Gary Peters opened the hearing.\n\n“Make no mistake. The consequences will be severe “He continued.":                          "Make no mistake. The consequences will be severe",
		"Chairman Gary Peters opened the hearing.\n\n“They called it “a mistake” in the end,” Peters said.":                                     "They called it “a mistake” in the end,",
		"Chairman Gary Peters opened the hearing.\n\nThe samples tested positive on Wednesday,\" committee chairman Gary Peters said Thursday.": "The samples tested positive on Wednesday,",
	} {
		qs := quotes.Find(text, nil)
		if len(qs) != 1 || qs[0].Text != want || qs[0].Speaker != "Gary Peters" {
			t.Errorf("Find(%q) = %+v, want %q by Gary Peters", text, qs, want)
		}
	}
}

// TestLedeBriefer checks that a lede's unnamed official who briefs a
// body is the briefer the next paragraph names, unless kept anonymous.
func TestLedeBriefer(t *testing.T) {
	for text, want := range map[string]string{
		"The collapse of the talks has left civilians “more exposed than ever”, a senior United Nations official told the Security Council today.\n\n" +
			"“There is no text, no table and no ceasefire,” said Amina Diallo-Kessler, Assistant Secretary-General for Africa in the Departments of Political and Peacebuilding Affairs and Peace Operations.": "Amina Diallo-Kessler",
		"The deal is off, a senior official told the committee on condition of anonymity, calling it “dead”.\n\n“We are done,” said Finance Minister Tom Reyes.": "a senior official",
	} {
		if qs := quotes.Find(text, nil); len(qs) != 2 || qs[0].Speaker != want {
			t.Errorf("Find(%q) = %+v, want the first quotation by %q", text, qs, want)
		}
	}
}

// TestFollowOns checks quotations that carry on another: a short one
// standing alone after its speaker's, and a paragraph's run-on quotation
// split by its attribution.
func TestFollowOns(t *testing.T) {
	qs := quotes.Find("His lawyer, Leïla Ghali, spoke. “They cannot point to one sentence that is untrue,” Ms. Ghali said. “Not one.”", nil)
	if len(qs) != 2 || qs[1].Text != "Not one." || qs[1].Speaker != "Leïla Ghali" || qs[1].Kind != quotes.Direct {
		t.Errorf("short follow-on: %+v", qs)
	}
	qs = quotes.Find("Chad’s minister of social action, Achta Moussa Brahim, visited the crossing.\n\n"+
		"‘Chad will not close its border,’ the minister told reporters. ‘But Chad cannot carry this alone.\n\n"+
		"‘The world,’ she said, ‘has decided Sudan is somebody else’s problem.’", nil)
	want := "But Chad cannot carry this alone. The world, has decided Sudan is somebody else’s problem."
	if len(qs) != 2 || qs[1].Text != want || qs[1].Speaker != "Achta Moussa Brahim" {
		t.Errorf("run-on quotation split by its attribution: %+v, want the second %q", qs, want)
	}
}

// TestSelfNamedGroup checks that a group "calling itself" a name speaks
// by that name.

// TestSpeakersInOrder checks each quotation's kind and speaker where the
// text has several: a pull quote or standfirst no attribution names is
// the speaker's whom the story gives the same words to; "One said:" and
// "Another said:" after a group named by a plural noun are one of them;
// a noun with an agent's ending that names no person ("the tiger") is
// not whom "he" refers to; the words of a question an opening "Asked if
// …" reports are no one's, and the answer after it is the answerer's, a
// role between dashes or not.
func TestSpeakersInOrder(t *testing.T) {
	tests := []struct {
		text string
		want []string // kind: speaker
	}{
		{"Tool and die workers back to work\n\n'A strike is never easy. This was our last resort.'\n\nTom Reyes, president of Unifor Local 195, spoke.\n\n\"A strike is never easy. This was our last resort,\" said Reyes.",
			[]string{"direct: Tom Reyes", "direct: Tom Reyes"}},
		{"“We believe the benefits outweigh the risks,” Ana Lind said in her testimony.\n\n“Congress has a choice now.”\n\nThe lawmakers were friendly.\n\n“We need to maximize the good. Congress has a choice now. We had the same choice with social media,” Tom Reyes said.",
			[]string{"direct: Ana Lind", "direct: Tom Reyes", "direct: Tom Reyes"}},
		{"Fans took to social media to share their disappointment.\n\nOne said: “That’s a shame. This festival was epic.”\n\nAnother said: “It was amazing last year.”",
			[]string{"direct: one fan", "direct: another fan"}},
		{"A teenager named Ankit stepped into the forest. “At first I thought it was my friend,” recalls Ankit.\n\nThe tiger adjusted its grip, setting its jaws around Ankit’s head. “I was sure I was going to die,” he says.",
			[]string{"direct: Ankit", "direct: Ankit"}},
		{"Asked if this was “an accident waiting to happen,” Tom Reyes said: “It was a process.”",
			[]string{"scare: ", "direct: Tom Reyes"}},
		{"Asked if this was “an accident waiting to happen,” Tom Reyes — the AAIB’s senior inspector — said: “It was a process.”",
			[]string{"scare: ", "direct: Tom Reyes"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range quotes.Find(tt.text, nil) {
			got = append(got, q.Kind.String()+": "+q.Speaker)
		}
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("Find(%q) gave %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSelfNamedGroup(t *testing.T) {
	qs := quotes.Find(`A group calling itself "Black Harbour" claimed responsibility in a post on Telegram, saying Belgium would "pay for every shell it sends to Kyiv."`, nil)
	if len(qs) != 2 || qs[0].Kind != quotes.Scare || qs[1].Speaker != "Black Harbour" {
		t.Errorf("got %+v, want the name a scare quote and the claim Black Harbour's", qs)
	}
}

// TestRoleOfAnotherBody checks that a role the text names no one in is
// not taken by a person named later with the same role of another body,
// and that a name after a body's short form is the person's.
func TestRoleOfAnotherBody(t *testing.T) {
	for _, text := range []string{
		"“We will see,” said the head of the IMF.\n\n“We will go,” the head of NATO Mark Rutte said.",
		"“We will see,” said the head of the IMF.\n\nThe weather was fine.\n\n“We will go,” the head of NATO Mark Rutte said.",
	} {
		qs := quotes.Find(text, nil)
		if len(qs) != 2 || qs[0].Speaker != "the head of the IMF" || qs[1].Speaker != "Mark Rutte" {
			t.Errorf("Find(%q) = %+v, want the head of the IMF, then Mark Rutte", text, qs)
		}
	}
	text := "“We will go,” the head of NATO Mark Rutte said.\n\n“Fine,” said the head of the Bank of England."
	if qs := quotes.Find(text, nil); len(qs) != 2 || qs[1].Speaker != "the head of the Bank of England" {
		t.Errorf("Find(%q) = %+v, want Mark Rutte, then the head of the Bank of England", text, qs)
	}
}

// TestSecondQuotation checks the speaker of the second of two
// quotations: a minister of another nation found as the counterpart
// named before; a statement's words its issuer's; an office no one was
// named with, right after a person quoted with no office, that person's;
// and an office someone else holds still theirs.
func TestSecondQuotation(t *testing.T) {
	for text, want := range map[string]string{
		"Tom Reyes said he “never left” the table.\n\nThe Cabinet minister said a package “could end this dispute”.":                                "Tom Reyes",
		"Health Minister Anna Lind spoke first. Tom Reyes said he “never left” the table.\n\nThe minister said a package “could end this dispute”.": "Anna Lind",
		"“No home will go cold,” Lithuanian Energy Minister Dainius Kairys said after a call with his Latvian counterpart, Edgars Liepa. " +
			"The Latvian minister, speaking separately to public broadcaster LSM, said Riga would put troops at stations. “There will be soldiers at every station,” he said.": "Edgars Liepa",
		"“Greg is on his way home,” the White House said in a statement, which thanked the United Arab Emirates for “its patience and discretion.”": "White House",
		"“Two people die every day,” ACCC commissioner Sarah Court said.\n\n“We have the biggest recall,” Ms Court said.":                           "Sarah Court",
		"“We would have had a ruin here,” Monsignor William O'Neill said.\n\n“We move forward,” Monsignor O'Neill said.":                            "William O'Neill",
		"In a statement, the foreign ministry said the drill was a “violation”.\n\n“The move shows their true nature,” the statement said.":         "the foreign ministry",
		"In a statement, Europol said the suspects were “high-value targets”. The indictment alleges that they extorted “at least $48 million”.":    "The indictment",
		"In a ruling delivered Friday, Justice Ana Lind found “enough evidence”.\n\n“This is my home,” the statement said.":                         "the statement",
		"ISRO chief Tom Reyes said, “We did it.”\n\n“This is the fifth launch,” the ISRO chairman said.":                                            "Tom Reyes",
		"Party chairman Ana Lind said, “We stay.”\n\nThe European Union’s foreign policy chief said the bill was “incompatible” with the bid.":      "The European Union’s foreign policy chief",
	} {
		qs := quotes.Find(text, nil)
		if len(qs) != 2 || qs[1].Speaker != want {
			t.Errorf("Find(%q) = %+v, want the second quotation by %q", text, qs, want)
		}
	}
}

// TestDescribedSubject checks that a narrative sentence whose subject is
// a name after a described state ("The now exasperated Lindqvist") hands
// the next unattributed quotation to that subject, not to whoever was
// quoted before.
func TestDescribedSubject(t *testing.T) {
	text := "Tom Reyes questioned minister Anna Lindqvist.\n\n\"You have an answer,\" Reyes said.\n\n" +
		"The now exasperated Lindqvist likened the questioning to a schoolboy's.\n\n\"You can check the details yourself. What do you hope to get?\""
	qs := quotes.Find(text, nil)
	if len(qs) != 2 || qs[0].Speaker != "Tom Reyes" || qs[1].Speaker != "Anna Lindqvist" {
		t.Errorf("Find = %+v, want Tom Reyes then Anna Lindqvist", qs)
	}
}

// TestSemicolonIntroAndGoingOn checks a paragraph ending in a semicolon
// as the colon that introduces the next paragraph's quotation, a name
// after a role and a comma with no comma to close it ("UNP MP, Ravi
// Karunayake expressed"), and "she added" after her own question.
func TestSemicolonIntroAndGoingOn(t *testing.T) {
	text := "Opposition MP, Tom Reyes expressed these views;\n\n“Your government is borrowing at 7.75 percent.”\n\n" +
		"Minister of Education, Omar Qadri had these words to share;\n\n“The debt ratio is falling.”\n\n" +
		"Party Member, Anna Lindqvist asked; “Is the data accurate? It is lies.”\n\nShe added; “The director has attached a note.”"
	want := []string{"Tom Reyes", "Omar Qadri", "Anna Lindqvist", "Anna Lindqvist"}
	qs := quotes.Find(text, nil)
	if len(qs) != len(want) {
		t.Fatalf("Find = %+v, want %d quotations", qs, len(want))
	}
	for i, q := range qs {
		if q.Speaker != want[i] {
			t.Errorf("quotation %d %q by %q, want %q", i, q.Text, q.Speaker, want[i])
		}
	}
}

// TestReportedPredicate checks quotations that are the predicate of a
// thing right after a person's reported words, and a second joined to
// the first by "and": both the reporting person's.
func TestReportedPredicate(t *testing.T) {
	text := "Ambassador Tom Reyes addressed the council.\n\nAnyone who did not support the draft bears responsibility, he said. " +
		"The current draft “has no clear call for a ceasefire” and “will not help to stop the bloodshed”."
	qs := quotes.Find(text, nil)
	if len(qs) != 2 {
		t.Fatalf("Find = %+v, want 2 quotations", qs)
	}
	for _, q := range qs {
		if q.Speaker != "Tom Reyes" || q.Kind != quotes.Partial {
			t.Errorf("%q: %s by %q, want partial by Tom Reyes", q.Text, q.Kind, q.Speaker)
		}
	}
	// the subject's own words, when the subject is a body
	qs = quotes.Find("Ambassador Tom Reyes addressed the council, he said.\n\nThe ministry “has no plans to change course at all”.", nil)
	if len(qs) != 1 || qs[0].Speaker == "Tom Reyes" {
		t.Errorf("Find = %+v, want the ministry's words, not Tom Reyes's", qs)
	}
}

// TestLabelAfterThe checks that words naming a thing between "the" and
// the noun they qualify are a label, and that a speaker's qualifying
// words in the same place stay theirs.
func TestLabelAfterThe(t *testing.T) {
	for text, want := range map[string]quotes.Kind{
		"The ministry said Washington must abide by the “one China” principle.":      quotes.Scare,
		"The ministry said Vilnius had joined the “foreign agents” registry.":        quotes.Scare,
		"The ministry said it was the “highly coordinated” attack it had feared.":    quotes.Partial,
		"The ministry said it was the “completely unacceptable” conduct of Vilnius.": quotes.Partial,
		"The ministry called it a “grave” mistake.":                                  quotes.Partial,
	} {
		qs := quotes.Find(text, nil)
		if len(qs) != 1 || qs[0].Kind != want {
			t.Errorf("Find(%q) = %+v, want one %s quotation", text, qs, want)
		}
	}
}

// TestCalledBy checks that "called by" gives the quotation to its agent
// only when the agent called it so: protests called by a movement are
// not the movement's words.
func TestCalledBy(t *testing.T) {
	qs := quotes.Find("The protests were called by a youth movement calling itself “Tsy Manaiky”, which organised on TikTok.", nil)
	if len(qs) != 1 || qs[0].Kind != quotes.Scare {
		t.Errorf("Find = %+v, want the movement's name a scare quote", qs)
	}
}

// TestOneSpeakerThroughout checks texts of two quotations by one speaker
// named two ways: a surname's lower-case particles with the first name
// and without it; a statement named by its author, then "the statement".
func TestOneSpeakerThroughout(t *testing.T) {
	for text, want := range map[string]string{
		"Group CEO Anna van der Ley added: \"We are working at full speed.\"\n\n\"We will be hampered,\" said van der Ley.":           "Anna van der Ley",
		"“Both sides discussed many issues,” said a foreign ministry statement.\n\n“The visit will deepen ties,” the statement said.": "foreign ministry",
	} {
		wantEach(t, text, 2, "by "+want, func(q quotes.Quote) bool { return q.Speaker == want })
	}
}

// TestAnotherSpeaker checks that "another farmer said" is another
// unnamed speaker, quoted directly, not the first one.
func TestAnotherSpeaker(t *testing.T) {
	qs := quotes.Find(`"Where will we sell those onions?" a farmer told news agency ANI. "Prices will fall," another farmer said.`, nil)
	if len(qs) != 2 || qs[1].Speaker != "another farmer" || qs[1].Kind != quotes.Direct {
		t.Errorf("Find = %+v, want the second quotation by another farmer, direct", qs)
	}
}

// TestTitlesAndPrintedWords checks that a title that took the full stop
// inside its marks after "the Pacific" and words printed on a thing
// ("buttons numbered “…”", "a banner that read “…”") are scare quotes,
// not statements.
func TestTitlesAndPrintedWords(t *testing.T) {
	text := "Tom Reyes said the quake was shallow.\n\nIndonesia is prone to seismic upheaval due to its location on the Pacific “Ring of Fire.”\n\nThe toy phone has buttons numbered \"1, 2, 3, 4,\" and \"Play.\" The company said it was sorry.\n\nTwo activists climbed a coal loader, unfurling a banner that read “Protect Our Water”.\n\nThey displayed a banner with the message, “Stop Drilling. Start Paying.”"
	wantEach(t, text, 5, "a scare quote", func(q quotes.Quote) bool { return q.Kind == quotes.Scare })
}

// TestLostSpaces checks text whose spaces after full stops were lost in
// copying: `answered.The BNR governor`, `chocolate"."We want`.
func TestLostSpaces(t *testing.T) {
	text := "Bank governor Tom Reyes spoke on Wednesday.\n\n\"We are looking at the data,\" Reyes answered.The governor said no one should become \"a slave\" to a loan or compare a house to \"a piece of chocolate\".\"We want to keep it in prudent limits,\" the governor said."
	wantEach(t, text, 4, "by Tom Reyes", func(q quotes.Quote) bool { return q.Speaker == "Tom Reyes" })
}

// wantEach checks that Find gives text n quotations, each as ok says.
func wantEach(t *testing.T, text string, n int, want string, ok func(quotes.Quote) bool) {
	t.Helper()
	qs := quotes.Find(text, nil)
	if len(qs) != n {
		t.Errorf("Find(%q) = %+v, want %d quotations", text, qs, n)
		return
	}
	for _, q := range qs {
		if !ok(q) {
			t.Errorf("%q: %s by %q, want %s", q.Text, q.Kind, q.Speaker, want)
		}
	}
}

// TestWordsOfTheSubject checks partial quotations whose verb is no plain
// verb of saying: words inside an appeal or a plea someone made, "wanted
// to remind residents to “…”", "used the word “…”" and "thinks it will be
// “…”" are the subject's words, not scare quotes.
func TestWordsOfTheSubject(t *testing.T) {
	for _, text := range []string{
		"Anna Lind on Thursday made a strong appeal to the authorities to stop their “unnecessary and disproportionate” use of force.",
		"Anna Lind issued a plea for “calm and restraint” on Sunday.",
		"Anna Lind, a spokesperson for the utility, spoke.\n\nHigh winds knock down power lines every year, and Lind wanted to remind residents to “never touch a power line on the ground.”",
		"Anna Lind resigned.\n\nLind was earlier forced to apologise after she used the word \"coloured\" when referring to players.",
		"Party leader Anna Lind spoke after the vote. Lind thinks it will be “difficult” to form a coalition with the liberals.",
	} {
		wantEach(t, text, 1, "a partial quotation by Anna Lind", func(q quotes.Quote) bool { return q.Kind == quotes.Partial && q.Speaker == "Anna Lind" })
	}
}

// TestSplitWithoutComma checks a quotation split by its attribution with
// no comma after it, the sentence going on in lower case: one quotation.
func TestSplitWithoutComma(t *testing.T) {
	qs := quotes.Find("Tom Reyes spoke.\n\n“However”, he added “the minister insisted on his resignation.”", nil)
	if len(qs) != 1 || qs[0].Text != "However the minister insisted on his resignation." || len(qs[0].Parts) != 2 {
		t.Errorf("Find = %+v, want one quotation of two parts", qs)
	}
}

/**
 * English draft-coach rules: what each part of a strong request looks like in words, the
 * phrasings that hurt one, and better ones. Where British and American spelling differ, both are
 * listed. Phrases are matched in the sender's own words, then kept only where they stand as their
 * set says (`stance`: not negated, not in the past…; `alongside`: in a sentence that also names a
 * day…), which the engine reads from each sentence's parse.
 *
 * Conventions: each pattern names a short, bounded phrase (no open-ended `.*`: `[^.!?\n]{0,N}`
 * means "later in the same sentence"), so no input can make a pattern backtrack for long; traps
 * list the same words used in another sense and cancel any cue they overlap.
 */
import { re, type CoachRules, type Stance } from './rules';

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const SHORT_DAY = '(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri)';
const ANY_DAY = `(?:${WEEKDAY}s?|${SHORT_DAY})`;
const MONTH = '(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const SMALL_NUMBER = '(?:one|two|three|four|five|a|1|2|3|4|5|a single|a couple of|couple of|[1-5]\\.5)';
const COUNT = '(?:\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several)';
const YEARS = '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|several|many|a few|a couple of)';
const I_WILL = "(?:i'll|i will|i would|i'd|i may|i might|i could|i must|i'm going to|i am going to|i think i (?:will|would|must|may|might)|i would probably|i'll probably)";
const DEPENDANT = '(?:kids?|children|child|son|daughter|sons|daughters|baby|babies|toddlers?|twins|boys|girls|little ones?|youngest|newborn|infant|mum|mom|mother|dad|father|parents?|grandmother|grandfather|gran|nan|grandma|grandpa|mother-in-law|father-in-law|husband|wife|partner|neighbour|neighbor|dependants?|dependents?|him|her|them)';
const DURING_WORK = [
  re`\b(?:while|whilst|as) (?:i'?m |i am |i )?(?:also )?(?:work\w*|on (?:calls?|the phone)|in meetings|doing my (?:work|job)|carrying out my duties|finish\w*)\b`,
  re`\b(?:at|in) (?:the )?same time\b|\bbetween (?:my )?(?:calls|meetings)\b|\baround my (?:work\w*|working hours|calls|job)\b`,
  re`\bduring (?:the|my|a) (?:day|working day|work(?:ing)? (?:day|hours)|workday)\b|\bthrough the day\b|\bthroughout the day\b`,
  re`\b(?:take|do|make) my calls\b|\bcatch up (?:on (?:my |the )?work|on anything)\b|\b(?:do|did|finish) my work in the evenings?\b|\blog on whenever\b|\bwhen(?:ever)? (?:she|he|they|the baby) naps?\b`,
  re`\bwork(?:ing)? from home and\b|\bwfh (?:today )?and\b|\bat home and (?:work|look)\b`,
];

/** A gain for the team or the company; also what makes an opening more than a personal reason. */
const BENEFIT_CUES: readonly RegExp[] = [
  re`\b(?:benefit|benefits|help|helps|support|serve|strengthen) (?:the|our|my|your) (?:team|department|clients?|customers?|business|company|project|users|group|organi[sz]ation)\b`,
  re`\b(?:more|better|higher|greater|improved?|increased?|faster|quicker|sooner) (?:\w+ )?(?:productiv\w*|output|focus|quality|throughput|turnaround|delivery|coverage|response times?|results|efficien\w*|availability)\b`,
  re`\b(?:fewer|less|reduced?|lower|cut) (?:\w+ )?(?:errors|mistakes|slips|delays|bugs|defects|rework|corrections|late amendments|back and forth|absences?|sick days|turnover|attrition|overheads?|desk space|context switch\w*)\b`,
  re`\b(?:office|desk|real estate|overhead|hiring|recruiting|recruitment|replacement) costs?\b|\bcost (?:and disruption )?of (?:recruiting|replacing|hiring|training)\b`,
  re`\b(?:productivity|more productive|deep work|heads-down|uninterrupted|focus (?:time|work|blocks?|days?)|focused (?:time|work|blocks?|days?)|concentrated (?:time|work|blocks?))\b`,
  re`\b(?:deliver|ship|complete|close|finish|get|turn|clear|produce|process|prepare|draft|write|submit|send|have)\w* (?:\w+ ){0,6}?(?:sooner|faster|earlier|quicker|more quickly|more accurately|more thoroughly|ahead of (?:schedule|plan|time)|a day earlier|two days (?:earlier|sooner)|on time again)\b`,
  re`\b(?:would|will|'d|could|can) (?:\w+ ){0,5}?(?:faster|sooner|quicker|more quickly|more accurately|more thoroughly|more efficiently)\b|\bgive me (?:back )?(?:the |more |extra )?(?:travel )?time for\b`,
  re`\bget (?:far |much |a lot |even )?more (?:\w+ )?done\b|\bget through (?:\w+ ){0,4}?(?:faster|quicker|more)\b|\b(?:make|take) more (?:calls|cases|tickets)\b|\bclose more\b`,
  re`\b(?:more |longer )?(?:time|blocks?|stretches|room) to (?:focus|concentrate)\b`,
  re`\b(?:your|the team's|our|this quarter's|the department's) (?:top |main |biggest )?(?:priorit(?:y|ies)|goals?|objectives|okrs|targets?)\b`,
  re`\bwhat matters most\b|\bwhere i add the most value\b`,
  re`\b(?:cover|coverage|available to|reach(?:able)? by|answer|take|overlap with) (?:\w+ ){0,3}?(?:time ?zones?|clients? (?:in|of) \w+|(?:apac|asia|us|east coast|west coast|new york|singapore) (?:clients?|team|office|accounts)|(?:the )?(?:early|late|overnight) (?:calls|enquiries|queue|orders))\b`,
  re`\b(?:other|different) time ?zones?\b|\bextend (?:our|the) (?:phone )?cover\b|\bkeep (?:the )?response times up\b`,
  re`\b(?:retention|retain|quit rates?|resignations|keep (?:me|people) (?:here|motivated|engaged|on board)|stay (?:here )?for the long term|keep people)\b`,
  re`\b(?:reinvest|put|turn|spend|use|hand)\b (?:that|this|the|those|my|two|part of (?:that|this|the|my)) (?:commute |commuting |travel )?(?:time|hours?|minutes)\b[^.!?\n]{0,40}\b(?:work|projects?|team|clients?|customers?|tickets|backlog|company|deliver\w*)\b`,
  re`\bbusiness (?:case|continuity|benefit|need|value)\b|\bwin[- ]win\b`,
  re`\bgood for (?:the|our|your) (?:team|business|company|clients?|customers?)\b|\b(?:the team|the business|you) would (?:also )?benefit\b|\btake (?:some )?(?:pressure|a load) off\b`,
  re`\b(?:keep|continue) working through (?:strikes|bad weather|closures|disruptions?|snow)\b`,
  re`\b(?:clients?|customers?|the team|you|the (?:board|partners|account team|commercial team|funder|juniors)) (?:would |will |'d )?(?:get|receive|see|have) (?:\w+ ){0,4}?(?:sooner|earlier|faster|before|by (?:noon|\d)|on (?:friday|time)|instead of)\b`,
  re`\binstead of (?:the )?(?:end of (?:the )?day|during it|on monday|the night before|monday)\b|\brather than on monday\b`,
  re`\bfree(?:s|ing)? (?:up )?(?:a|my|the) (?:desk|bench|space|spot|room|parking)\b|\brelease my desk\b|\bsave (?:a day of|the) (?:travel|cost)\b|\bspare the team\b`,
  re`\b(?:improve|raise) (?:their|the|its|our) quality\b|\bcut (?:the|our) (?:\w+ )?(?:error|cycle|time)s?\b`,
  re`\b(?:something|data|numbers|evidence) (?:concrete |solid |real )?(?:to show|you can take (?:upward|up|to))\b|\b(?:easy|easier) (?:for you )?to (?:justify|defend|explain)\b|\blow[- ](?:risk|cost) (?:way|option|experiment|change)\b`,
  // The conditions of better work, tied to the work: "with fewer interruptions", "a quiet day for the returns".
  re`\b(?:with fewer |without (?:(?:the|any|timetabled|constant|office|all the) ){0,3})(?:interruptions?|distractions|context switch\w*)\b|\b(?:a|one) (?:clear|quiet|protected|focused|focus|quieter) (?:day|room|stretch|setting)\b|\bin a quiet(?:er)? (?:room|setting|place)\b`,
  re`\b(?:let|allow|enable|help) me (?:to )?(?:\w+ ){0,2}?(?:deliver|clear|get|finish|complete|overlap|cover|focus|concentrate|produce|turn|ship|process|draft|write|prepare|meet|hit|answer|make|reach|take|do better)\b`,
  re`\b(?:reach|get to|go out to|land with|get (?:it|them|the (?:\w+ ){1,2})to) (?:you|the \w+|clients?|the team|the partners)\b[^.!?\n]{0,25}?\b(?:sooner|earlier|faster|before|by \d|by (?:noon|lunch)|on time)\b|\b(?:go|went) out on time again\b|\bon time again\b`,
  re`\bspeed(?:s|ing)? up\b|\bwithin (?:the )?target\b|\b\w+ed (?:faster|sooner|quicker|more quickly)\b|\blonger (?:phone )?cover\b`,
  re`\bclear (?:the )?(?:overnight|weekend|morning|support) (?:queue|orders|backlog|inbox)\b|\bbefore the (?:\w+ )?team (?:wakes|arrives|starts)\b|\b(?:do|doing) better work\b|\bwhere i'?m (?:fastest|most productive)\b|\bmost productive\b`,
  re`\b(?:put|spend|use) (?:it|them|that|those|this) (?:straight )?(?:into|on)\b[^.!?\n]{0,20}?\b(?:backlog|work|projects?|clients?|team)\b|\bwhich i'?d put (?:straight )?into\b`,
  re`\bhelp(?:s)? (?:me )?(?:a little |a bit |a lot )?with (?:the|my) \w+\b|\bget (?:far |much |a lot |even |a bit )?more (?:of (?:the|my) )?(?:\w+ )?done\b|\bfocus (?:a bit |much |far )?better\b|\bwork better\b`,
];

const NOT_PAST: readonly Stance[] = ['asserted', 'not-past'];
const AS_PLAN: readonly Stance[] = ['asserted', 'not-past', 'not-perfect'];

export const EN_RULES: CoachRules = {
  language: 'en',
  facets: {
    schedule: {
      label: 'Concrete schedule',
      why: 'Naming the days (or how many a week, or the dates) turns a yes/no question into a plan your manager can picture and agree to.',
      sets: [
        {
          // Forms that are a schedule on their own.
          cues: [
            re`\b${WEEKDAY}s? (?:and|&|\+|or|to|-) ${WEEKDAY}s?\b|\b${SHORT_DAY} ?(?:\+|&|/|-|and|to) ?${SHORT_DAY}\b`,
            re`\b(?:mondays|tuesdays|wednesdays|thursdays|fridays)\b`,
            re`\b(?:alternate|every other) (?:${WEEKDAY}s?|weeks?)\b`,
            re`\b${SMALL_NUMBER} (?:full |whole |home |remote |wfh |office |in-office )?days? (?:a|per|each|every|in a|in the|out of (?:five|5)|of the|/) ?(?:week|wk)\b|\b[1-5] ?(?:days?|x|times) ?(?:/|a|per) ?(?:wk|week)\b`,
            re`\b${SMALL_NUMBER} (?:full )?days? (?:from home|at home|remotely|remote|home|in the office|on-?site|wfh)\b|\b(?:one|two|three|four|[1-4]) days? (?:home|office)\b`,
            re`\b(?:(?:one|a|1|a single) (?:home|remote|wfh) day|(?:two|three|four|[2-4]) (?:home|remote|wfh|anchor) days)\b|\b(?:home|remote|wfh)[- ]days?:`,
            re`\b(?:fully|full[- ]time|100 ?%|100 percent|permanently|entirely|completely) (?:remote(?:ly)?|from home|home[- ]based)\b|\bremote[- ]first\b|\b\d{2} ?% remote\b|\bfull remote\b`,
            re`\b(?:remote|remotely|from home) (?:full[- ]time|permanently|every day|five days a week|forever|indefinitely)\b`,
            // Moving one's work to another city is an arrangement for good, even with no date given.
            re`\brelocat\w* my (?:work|job|role) from\b`,
          ],
          stance: NOT_PAST,
        },
        {
          // Working away from the office, made concrete by a day, a date, a period or an extent.
          cues: [
            re`\bwork(?:ing|s)? (?:from|at) home\b|\bwfh\b|\bfrom home\b|\bremotely\b|\bhome[- ](?:based|working|office)\b|\bhome office\b`,
            re`\b(?:work|working|go|going|be|being|stay|move|moving) (?:fully )?remote\b|\bremote (?:work(?:ing)?|days?|role|basis|arrangement|setup|set-up|pattern)\b|\bhybrid (?:working|pattern|arrangement|schedule)\b`,
            re`\btelework\w*|\btelecommut\w*|\brelocat\w* (?:my (?:work|role|job|position)|and (?:continue|keep|work))\b|\bwork (?:remotely )?from (?:there|abroad|portugal|my parents'|the cottage|\w+ (?:house|flat))\b`,
          ],
          alongside: [
            re`\b${ANY_DAY}\b`,
            re`\b(?:every ?day|each day|daily|full[- ]time|fully|permanent(?:ly)?|indefinitely|forever|for good|on a permanent basis|every other week|alternate weeks|all week|the whole week)\b`,
            re`\b\d{1,3} ?%|\b${SMALL_NUMBER} days?\b|\b(?:once|twice) a week\b|\b(?:half|whole|full) days?\b|\b(?:the|in the|on|some|most) (?:mornings?|afternoons?)\b`,
            re`\b(?:tomorrow|today|tonight|this (?:morning|afternoon|week|month|term|semester)|next (?:week|month|term)|the week of|the rest of (?:the|this) (?:week|month|term|semester|year)|that day|those days|on those \w+)\b`,
            re`\bfor (?:the )?(?:next |first |coming |following |initial )?(?:${COUNT} |little )?(?:days?|weeks?|months?|terms?|semesters?|while|summer|holidays|school holidays|month of ${MONTH}|duration)\b|\bfor (?:the )?(?:\w+ )?weeks? (?:of|from|the)\b`,
            re`\b(?:until|till|through|up to) (?:the end of|then|it|they|we|my|the (?:cast|bridge|refurbishment|works?|building|office|nursery|doctor|consultant)|\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}|${MONTH}|${WEEKDAY}|the \d{1,2}(?:st|nd|rd|th))\b`,
            re`\b(?:the |on the )?\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}\b`,
            re`\b(?:during|over) (?:the |this )?(?:summer|holidays|school holidays|ramadan|month|week|refurbishment|renovation|works?|strike)\b|\bthe (?:summer|school) holidays\b|\bwhile the work is going on\b`,
          ],
          alongsideDates: true,
          alongsideNearby: [re`\b(?:talk|meet|meeting|discuss|chat|call|catch up|catch-up|one-to-one|1:1|sync|review|decision|answer|appointments?|last|ago|worked|was|were)\b`],
          stance: AS_PLAN,
          traps: [
            re`\bfrom home (?:address|internet|broadband)\b|\bhome address\b`,
          ],
        },
      ],
    },
    'business-benefit': {
      label: 'Gain for the team',
      why: 'Managers approve business cases, not favours: say what the team, the clients or the company gets.',
      sets: [
        {
          cues: BENEFIT_CUES,
          traps: [
            // Describing the office as the problem is a complaint, not a gain.
            re`\b(?:get|be|come|go|getting) home (?:earlier|sooner|early)\b|\b(?:constant|endless|too many) interruptions\b|\b(?:unsuitable|impossible|a nightmare|hard|difficult) for (?:focused|concentrated|deep) work\b|\b(?:if|whether) (?:it|this)(?:'s| is| would be) (?:good|better) for\b[^.!?\n]{0,20}`,
          ],
          stance: NOT_PAST,
        },
      ],
    },
    indicator: {
      label: 'Measurable indicator',
      why: 'A measure agreed in advance gives your manager a reason to say yes now and a way to judge it later.',
      sets: [
        {
          cues: [
            re`\b(?:kpis?|metrics?|measurable|baselines?|benchmarks?|sla|slas|csat|nps|yardstick)\b`,
            re`\b(?:measure|measured|measuring|judge|judged|assess|assessed|evaluate|evaluated|monitored)\b[^.!?\n]{0,40}?\b(?:on|by|against|weekly|monthly)\b`,
            re`\b(?:measure|measures|measured|measuring)\b`,
            re`\b(?:track|tracking|monitor|monitoring|compare|comparing|keep track of|look at) (?:my |our |the |whether |how |those |these |it |that |both )?(?:output|results|numbers|progress|tickets|delivery|performance|figures|stats|statistics|velocity|throughput|turnaround|(?:review )?queue)\b`,
            re`\bhold me to\b|\btrack (?:it|that|this)\b|\bthe (?:same|easy) (?:figure|yardstick)\b`,
            re`\btrack (?:\w+ ){0,2}?(?:shipped|delivered|closed|resolved|completed|processed|booked|handled|added|hit|met)\b|\b(?:engagement|lead|sales|output|conversion|traffic) (?:numbers|figures|rates?)\b`,
            re`\b(?:my|the|our|these|those|your) (?:numbers|figures)\b|\bticket numbers\b|\bprocessing numbers\b`,
            re`\b(?:first[- ]response|response|resolution|turnaround|cycle|lead|reply) times?\b|\b(?:review|marking|close|closure) (?:turnaround|completion day|times?)\b`,
            re`\b(?:tickets|cases|requests|invoices|issues|bugs|stories|claims|test cases|reviews|batches|articles|pieces|calls|models|dashboards|reports?) (?:resolved|closed|handled|processed|completed|fixed|executed|delivered|shipped|published|made|issued|submitted)\b`,
            re`\b(?:story points|velocity|sprint (?:commitments|goals)|pull requests|prs merged|deals closed|quota|pipeline|conversion rate|error rate|rework rate|defect rate|escaped defects|on-time (?:delivery|releases?|submission)|deliverables|success rate|quality (?:scores?|audit|checks)|satisfaction (?:score|survey)|stakeholder (?:ratings?|survey)|forecast error|renewal rates|number of)\b`,
            re`\b\d[\d,.]* (?:\w+ ){0,2}?(?:a|per|each|every|/) ?(?:day|week|wk|month|sprint|quarter|wave)\b`,
            re`\b(?:currently|now|today|at the moment|on average|in average|averages?|averaging|avg|i'?m at|sits? (?:at|today))\b[^.!?\n]{0,16}?~?\d`,
            re`\b(?:under|below|within|above|over|at least|no more than|at or above|at or below|no lower than|no less than|>=?|<=?) ?\d+(?:\.\d+)? ?(?:%|percent|per cent|minutes?|mins?|hours?|days?|working days)?\b`,
            re`\b(?:by|before) (?:the )?(?:\w+ )?(?:working day|\d{1,2}(?::\d{2})? ?(?:am|pm)?|noon|wednesday noon|thursday close|the planned date|the due date|the (?:third|fifth|seventh) working day)\b[^.!?\n]{0,30}?\b(?:every|each|of the month|against|a month)\b|\bby the (?:third|fifth|seventh|\d+(?:st|nd|rd|th)) working day\b|\bon the (?:planned|due) date\b|\bready for sign-off\b|\bsign-off by\b`,
            re`\btarget (?:of|is|would be|we agree|the commercial|for)\b|\bmy target\b|\b(?:agreed|agree on|set|clear|measurable|weekly|monthly) (?:goals|targets|objectives|outcomes)\b|\b(?:\d+|\w+) instead of (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|\bup from (?:about )?\d+\b|\bagainst (?:roughly |about |my )?(?:\d+|the last|my (?:office )?average|baseline)\b`,
          ],
          traps: [
            re`\bfor good measure\b|\b(?:security|safety|precautionary|protective|drastic|extreme|health) measures\b|\bin (?:large|some) measure\b`,
            re`\b(?:phone|mobile|cell|contact|reference|order|account|employee|room|extension) (?:numbers?|figures)\b`,
            // Statistics about other people, effort and shares of the week are not the sender's yardstick.
            re`\b\d{1,3}(?:\.\d+)? ?(?:%|percent|per cent) (?:to \d{1,3} ?% )?(?:more|less|fewer|higher|lower|of (?:people|workers|employees|managers|staff|respondents|companies|the time|the week)|remote|from home|wherever|gain|productive)\b|\b(?:put in|give|giving|gave) (?:\w+ )?100 ?%|\b\d{1,3} ?% (?:of my time)\b`,
            re`\b(?:hit|met|exceeded|beat|beaten|surpassed|smashed) (?:every|all|each|my|our|the) (?:\w+ )?(?:targets?|deadlines?|goals?|quotas?)\b|\bhit quota in\b`,
            re`\btarget date\b|\bthe (?:stanford|nature|trip\.com|ctrip) (?:trial|study)\b[^.!?\n]{0,30}|\bstudies (?:of|have|show|found)\b[^.!?\n]{0,60}`,
            re`\b(?:under|within|over|above) \d+ ?(?:minutes|hours)? (?:away|from the office|drive|walk)\b|\bwithin (?:thirty|\d+) minutes if needed\b|\b\d+ ?(?:km|miles|minutes|hours) (?:daily )?(?:round trip|each way|away|of travel)\b`,
          ],
          stance: ['asserted'],
        },
      ],
    },
    trial: {
      label: 'Trial and review',
      why: 'A time-boxed trial with a review lets your manager say "let\'s test it" instead of "yes, forever".',
      sets: [
        {
          cues: [
            re`\b(?:trial|trials|trialling|trialing|trialled|trialed|pilot|piloting|test run|test period|trial run|experiment)\b`,
            re`\b(?:try|test) (?:it|this|that|things)?(?: out)? ?(?:for|until|till|through|over|until the end of)\b|\b(?:try|test) (?:it|this|that)(?: out)?\b[^.!?\n]{0,30}?\b(?:weeks?|months?|see)\b|\bwe (?:can|could) (?:make a test|try)\b|\blet'?s (?:try|test)\b|\bworth a try\b`,
            re`\brun (?:it|this|the arrangement) for (?:a |an |the )?(?:first |next )?(?:${COUNT} )?(?:weeks?|months?|submission cycle|quarter)\b`,
            re`\breview (?:it|this|that|things|progress|how (?:it|this|things) (?:went|goes|is going|are going|has gone|worked)|the (?:arrangement|set-?up|pattern|schedule|results|numbers|trial|pilot))\b`,
            re`\b(?:review|check-?in|checkpoint|evaluation|assessment) (?:meeting|date|point|call)\b|\bwith a review\b|\bthen (?:a )?review\b|\breview (?:it )?(?:again )?(?:at|after|in|before|on) (?:the end|\d|\w+ weeks|\w+ months|six|three|the new year)\b|\breview at (?:six|three|\d+) months\b`,
            re`\b(?:review|reassess|revisit|evaluate|check in on)\w* (?:it |this |things |the (?:arrangement|trial|pilot|pattern) )?(?:after|in|at the end of|at) (?:the first |an initial )?(?:${COUNT} (?:weeks?|months?)|the end)\b`,
            re`\b(?:revisit|reassess|re-?evaluate|reconsider|re-?review) (?:it|this|the (?:arrangement|pattern|schedule|set-?up|decision))\b`,
            re`\b(?:keep|continue)(?:,| it,)? adjust(?: it)?,? or (?:stop|end|drop)\b|\bkeep, adjust or stop\b`,
            re`\b(?:after|at the end of|in) (?:the first |the )?(?:${COUNT} (?:weeks?|months?)|trial|month|quarter|pilot),? (?:we|you|i) (?:could|can|would|will|might)? ?(?:review|decide|see|assess|look|check|sit down|evaluate|revisit|talk)\b`,
            re`\b(?:then|and then|after which|afterwards|after that|and after) (?:we |you )?(?:(?:can|could|will) )?(?:review|decide|reassess|revisit|check|look|see|evaluate|talk)\b|\bthen (?:we )?(?:decide|review)\b|\bcheck (?:in|together) (?:then|after|at the end)\b|\bcheck together\b`,
            re`\bfor (?:the )?(?:first|an initial|initial) (?:${COUNT} )?(?:weeks?|months?)\b|\binitially (?:as|for)\b|\bbefore it becomes permanent\b|\bas a first step\b`,
            re`\b(?:time[- ]boxed|time[- ]limited|for a (?:fixed|limited) period)\b`,
            re`\b(?:end|stop|cancel) it (?:at any (?:point|time)|if (?:it|this) (?:isn't|doesn't|is not|does not))\b|\bif (?:it|this|either) (?:doesn't|does not|isn't|don't|gets worse)\b[^.!?\n]{0,50}?\b(?:stop|go back|end|drop|we stop)\b|\bwe (?:just )?go back\b|\bno questions asked\b`,
            re`\bsee (?:how it (?:goes|works|went)|if it works|whether it works)\b|\blook at (?:both|it|them|the (?:numbers|results)) (?:after|at the end of|in)\b`,
          ],
          traps: [
            re`\b(?:clinical|court|jury|drug|medical|murder|criminal|field|randomi[sz]ed|controlled|landmark|famous|academic|published|large|stanford|nature|trip\.com) (?:controlled )?trials?\b`,
            re`\btrial (?:and|&) error\b|\bfree trial\b|\btrial (?:version|account|subscription|licen[cs]e|edition|period of the (?:software|app|tool))\b|\b(?:on|stand|stood|went to) trial\b`,
            re`\b(?:trial|pilot|study|experiment)s? (?:found|showed|shows|finds|suggests|reported|of [\d,]+ (?:staff|employees|workers|people))\b`,
            re`\b(?:trial|pilot|test)(?: run| project| programme| program| scheme| phase)? (?:of|for|on|with) (?:the|our|a|this|that) (?:new )?(?:software|system|tool|app|platform|crm|erp|product|feature|service|vendor|process|workflow|database|portal|module|version|release|integration|machine|printer|client|customer)\b`,
            re`\b(?:airline|commercial|fighter|helicopter|private|co-|test|drone|student) ?pilots?\b|\b(?:is|was|am|are|were) an? (?:\w+ )?pilots?\b|\bpilots?'?s? (?:licen[cs]e|training|union|strike)\b|\bpilot (?:light|episode)\b`,
            re`\b(?:performance|annual|mid-?year|year[- ]end|salary|pay|appraisal|code|peer|design|quality) (?:reviews?|evaluations?|assessments?)\b|\b(?:at|in|after) my (?:\w+ )?review\b|\breview (?:turnaround|rounds|comments|queue|time|process|meetings? (?:and|with))\b|\bfor review\b|\bafter review\b`,
            re`\bthe (?:\w+-week )?trial (?:finished|ended)\b|\breview (?:this|my|the) (?:proposal|request)\b`,
          ],
          stance: ['asserted'],
        },
      ],
    },
    sweetener: {
      label: 'Sweetener',
      why: 'A concession beyond the trial (own equipment, coming in when needed, extra cover) lowers the risk your manager takes.',
      sets: [
        {
          cues: [
            re`\b(?:my own|own|personal) (?:\w+ )?(?:equipment|laptop|desk|monitors?|screens?|phone|internet|broadband|connection|set-?up|home office|chair|headset)\b|\bno costs? (?:for|to) the (?:company|business)\b`,
            re`\b(?:at|with) (?:no|my own) (?:extra |additional )?(?:cost|expense)\b|\bno (?:extra |additional )?cost to (?:the company|you|the business|us|the team)\b|\bpay for (?:that|the) travel myself\b`,
            re`\b(?:pay|paying) for (?:it|this|them|my own|the (?:equipment|set-?up|internet|broadband)) (?:myself|out of my own pocket)\b|\bcover (?:the cost|my own)\b`,
            re`\b(?:i|i'll|i will|i can|i could|i'd|i would|will|would|can|could|happy to|willing to|glad to|able to|can still|will still|always|still|of course|no problem,? i),? (?:always |still |gladly |also |of course,? |simply |just |happily |readily |straight away )?(?:come|pop|head|travel|be back|get back|attend|visit|go) (?:in|into the office|to the office|on-?site|in person|to (?:the )?(?:depot|site|other site|office|london|\w+ office)|back (?:on site|to the office)|the office|down)\b|\bi come\b`,
            re`\b(?:be|stay|remain|keep coming) (?:in|on-?site|in the office|in person|at the office|on site) (?:whenever|when(?:ever)? (?:needed|it matters|you need)|if needed|at short notice|on request|for (?:key|important|team|client|any|all|every)|during|on)\b|\bi'?d? ?be in for (?:every|any|all)\b|\bin (?:the )?office (?:any day|whenever|when(?:ever)? (?:you|needed))\b|\bcome in (?:for (?:any|every|all|the)|whenever|when needed|if needed|at short notice|on request)\b|\bvisits? (?:to )?the office\b|\bneed me in the office\b|\bneed me (?:there|on site|in person)\b`,
            re`\b(?:on request|at short notice|whenever (?:you|the team) need|at a day's notice|at once for)\b`,
            re`\b(?:during|at|for|around|in|over) (?:the |our |a )?(?:peak|busy|busiest|critical|crunch) (?:periods?|times?|weeks?|seasons?|days)\b|\b(?:during|at|for|around) (?:the )?(?:month|quarter|year)[- ]end\b`,
            re`\b(?:cover|covering|be available for|answer calls for) (?:the )?(?:earlier|later|early|late|extended|extra) (?:hours|shifts?|calls|slots?|window|mornings?|evenings?|enquiries)\b|\bextended hours\b|\b(?:start|log on|logging on|starting) (?:at |from )?(?:earlier|early|\d{1,2}(?::\d{2})?(?: ?am)?)\b[^.!?\n]{0,30}?\b(?:instead|rather|each morning|every morning|and finish|take the|clear|before)\b|\bstart earlier\b|\bfinish later\b|\bstay (?:online |available )?later\b|\b(?:before|after) the office (?:opens|closes)\b|\bmake up (?:the|my) (?:time|hours)\b|\bmaking up the time\b`,
            re`\b(?:give up|giving up|forgo|forgoing|waive|waiving|hand back|free up|release) (?:my |the )?(?:parking|desk|travel|car|commuting|season ticket|allowance|perk|office|space|spot)\w*\b|\bin exchange\b|\bhot-?desk\w*\b|\bkeep my (?:desk|parking space|spot) free\b`,
            re`\b(?:start|begin|starting|beginning) (?:small|smaller|with (?:just )?(?:one|a single) day)\b|\b(?:one|a single) day a week (?:to (?:start|begin)|for the first|at first|to begin with)\b|\bstep (?:it )?up\b|\bfeels? like too much\b`,
            re`\b(?:keep|keeping|kept|continue to attend|i'll be in|be in the office on) (?:\w+ ){0,5}?(?:in the office|on site|as office days|the remaining days)\b|\bkeep (?:${WEEKDAY}s?|(?:one|two|three|four|[1-4]) days?|my ${WEEKDAY}s?|${WEEKDAY} to ${WEEKDAY})\b|\b(?:anchor|fixed|in-office) days\b|\boffice days for\b|\bvisit the office\b|\bcome to \w+ for\b|\btravel (?:down|back|up|in) (?:\w+ ){0,4}?(?:each|every|once|for)\b|\bcoming in on \w+\b`,
            re`\b(?:has|have) agreed to cover\b|\b(?:a colleague|someone|\w+) (?:can|will|could) cover (?:the|my|for)\b|\bkeeps? the (?:\w+ )?desk covered\b|\btake the \w+ (?:support )?shift\b`,
            re`\bswap (?:the|my) day\b|\bchange the day\b|\bkeep \w+ flexible\b|\bhappy to (?:adjust|swap|change|move) (?:any|the|it)\b`,
          ],
          traps: [re`\bcome in handy\b|\bcome in (?:late|early) (?:every|on)\b`],
          stance: NOT_PAST,
        },
      ],
    },
    communication: {
      label: 'Reachable and visible',
      why: 'Saying how you stay reachable (hours, reply time, stand-ups, updates) answers "will you disappear?" before it is asked.',
      sets: [
        {
          cues: [
            re`\bcore hours\b|\b(?:usual|normal|regular|full|same|uk|office) (?:working |business )?hours\b|\bbusiness hours\b|\boffice hours\b`,
            re`\b(?:online|reachable|contactable|available|logged (?:on|in)|connected|on hand)\b`,
            re`\b(?:reply|replies|respond|responding|answer|answering|get back)\b[^.!?\n]{0,30}?\bwithin (?:an?|\d+|one|two|half an?|the hour|the same)\b|\banswer (?:quickly|within)\b`,
            re`\b(?:reply|response) times?\b`,
            re`\b(?:stand-?ups?|standup|daily (?:call|sync|check-?in|huddle|video|summary)|(?:weekly|daily|end-of-day|end of day) (?:note|update|report|summary|check-?in|sync|call|1:1|one-to-one|one-on-one|catch-?up|email|status))\b`,
            re`\b(?:on|via|over|through|by|using) (?:slack|microsoft teams|teams|zoom|google meet|skype|webex|google chat|video|camera|the phone|phone|my (?:work )?(?:mobile|phone)|mobile|email|e-mail|mail)\b|\b(?:camera|video) on\b|\bteams (?:open|on)\b|\bslack (?:open|on)\b`,
            re`\b(?:keep|keeping) (?:you|the team|everyone|all of you) (?:posted|updated|informed|in the loop)\b|\bin the loop\b|\bover-?communicate\b`,
            re`\b(?:calendar|status|availability|diary) (?:up to date|current|updated|visible|accurate|kept|open)\b|\bkeep my (?:calendar|status|diary) (?:current|up to date|open)\b|\bmy calendar (?:will|would) (?:show|stay)\b`,
            re`\bsend (?:you |the team )?(?:an? )?(?:short |brief |quick |written |daily |weekly |end-of-day )*(?:note|update|summary|report|recap)\b|\bpost (?:progress|a daily|updates?|a summary)\b|\bsend you (?:\w+ ){0,3}?(?:lines|notes?|updates?|summary|report|recap|email)\b`,
            re`\bcheck-?in (?:with you|daily|every|each|weekly|at)\b|\bcheck (?:my )?e-?mails?\b`,
            re`\b(?:work|working|at my desk|logged on|contactable|log on|log in|start)\b[^.!?\n]{0,20}?\b\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)? ?(?:-|to|until|till) ?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?|\bfrom \d{1,2}(?:[:.]\d{2})? ?(?:am|pm)? ?(?:-|to|until|till) ?\d{1,2}(?:[:.]\d{2})?\b|\b(?:log(?:ged|ging)? (?:on|in)|online|at my desk) (?:at|from|by|before) \d`,
            re`\b(?:join|attend|take|make) (?:all |every |the )?(?:\w+ )?(?:meetings?|calls?|stand-?ups?|call) (?:by|on|via|over) (?:video|zoom|teams|phone)\b|\b(?:on|join) (?:every|all(?: the)?|the usual|all my) (?:\w+ )?calls?\b|\bon every call\b|\bby video\b`,
            re`\breach (?:me|me on|me by|me at)\b|\bcan be reached\b|\bcall me\b`,
            re`\b(?:my |the )?phone (?:stays|will stay|on)\b|\bkeep (?:my )?(?:phone|teams|slack|mobile) (?:on|open)\b|\bpick up calls\b|\b(?:be|stay|still be) on (?:all )?(?:the )?(?:usual |team |regular |daily )?calls\b|\bas (?:usual|normal|always|normally|like normally)\b`,
          ],
          traps: [re`\b(?:available|availability) (?:places?|spots?|slots?|desks?|parking)\b|\bonline (?:banking|shopping|course)\b|\bnot available\b|\bas usual\b(?= (?:the|my) (?:trains?|commute))`],
          stance: ['asserted'],
        },
      ],
    },
    'track-record': {
      label: 'Track record',
      why: 'Tenure, results and remote work already done well are the evidence that you deliver without supervision.',
      sets: [
        {
          cues: [
            re`\b${YEARS}\+? (?:years?|months?)\b[^.!?\n]{0,20}?\b(?:here|at (?:the |this |our )?(?:company|firm|practice|school)|with (?:the |this |our )?(?:company|team|firm|organisation|organization)|in (?:the|this|my) (?:role|team|job|position)|on (?:the|this) team|service)\b`,
            re`\bin my (?:\w+ )?(?:years?|time) (?:here|at|with|on)\b|\bsince (?:i joined|joining)\b|\bsince (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) years\b|\b(?:company|team|firm|here) since (?:19|20)\d\d\b|\bi am in the company since\b`,
            re`\b(?:been|worked|working|work) (?:here|in this team|on this team|on the team|with (?:the |this |our )?(?:company|team|firm)|at (?:the |this |our )?(?:company|firm|school|practice)|in (?:this|the|my) (?:role|team|job)) (?:for |since )?(?:over |more than |almost |nearly |about |continuously for )?(?:${YEARS})\+? (?:years?|months?)\b|\bbeen here (?:almost |nearly |over |about )?${YEARS} years\b`,
            re`\b${YEARS} years'? (?:of )?(?:loyal )?service\b|\bgiven (?:this|the) company \w+ years\b|\bafter ${YEARS} years\b|\bi'?ve been with the (?:organi[sz]ation|company|team|firm) for\b|\bi have worked here continuously\b`,
            re`\btrack record\b|\b(?:my )?(?:work|record) speaks for itself\b`,
            re`\b(?:most|much|all|the bulk) of my work is (?:already )?(?:independent|self-contained|done independently|asynchronous|async)\b|\bwork (?:independently|autonomously|without supervision)\b|\bmanaged (?:the \w+ )?(?:\w+ )?independently\b`,
            re`\b(?:delivered|shipped|launched|exceeded|hit|met|beat|surpassed|led|completed|finished|closed|pulled|ran|trained|took over|picked up|covered|handled|run)\b(?:\s+[\w'-]+){0,4}?\s+(?:targets?|deadlines?|quotas?|goals?|projects?|releases?|launch|migration|objectives|okrs|on time|ahead of (?:schedule|plan)|early|reports?|pack|model|drafts|hires|overhauls?|tracker|accounts|holiday|wave|the team|this team|this site)\b`,
            re`\b(?:never|not once) (?:once )?(?:missed|been late|let|complained|asked)\b|\bconsistently (?:met|delivered|exceeded|hit|beat)\b|\bwithout (?:a (?:single )?|any )?(?:missed (?:deadline|wave)|missing a|drop|dip|change in delivery)\b|\bwent out on (?:schedule|time)\b`,
            re`\b(?:strong|excellent|positive|good|great|outstanding) (?:performance )?(?:reviews?|ratings?|feedback|appraisals?)\b|\bperformance reviews?\b|\bexceeds? expectations\b|\brated (?:me )?"?\w+"? or above\b|\bscored above\b|\bin the top (?:three|five|ten|\d+)\b`,
            re`\b(?:reviews?|ratings?|appraisals?|feedback) (?:have been|has been|were|was|are|is)(?: (?:all|consistently|always|very))? (?:strong|excellent|positive|good|great|outstanding|exceptional|glowing)\b`,
            re`\b(?:reliable|dependable|trusted|self-?motivated|self-?directed)\b`,
            re`\b(?:already|previously|have|successfully) (?:worked|been working|work) (?:from home|remotely)\b|\b(?:done|did|doing) (?:it|this) from home\b`,
            re`\b(?:when|while|during|last time|last year) (?:[^.!?\n]{0,40}? )?i (?:worked|was working|ran|covered) (?:[\w'-]+ ){0,3}?(?:from home|remotely)\b`,
            re`\b(?:worked|covered|handled|ran|run|managed|did|done|delivered) (?:[\w'-]+ ){0,4}?(?:from home|remotely) (?:during|when|for|throughout|last|before|while|on)\b|\b(?:finished|delivered|led|ran) (?:[\w'-]+ ){0,6}?(?:largely |mostly )?from home\b`,
            re`\b(?:led|run|ran|managed|owned|handled|supported|covered|done|delivered)\b (?:[\w'-]+ ){1,4}?(?:for|over) (?:the (?:last|past) )?${YEARS}\+? (?:years?|months?|cycles|quarters)\b|\bfor the past (?:three|two|\w+) (?:cycles|years)\b`,
            re`\bduring (?:the )?(?:lockdowns?|pandemic|rail strikes?|train strikes?|tube strikes?|strikes?|snow|office (?:move|closure|refurbishment))\b|\bon the (?:three |two )?strike days\b|\bwhenever there'?s a strike\b`,
          ],
          traps: [
            re`\b(?:reliable|dependable|trusted) (?:internet|connection|wi-?fi|broadband|set-?up|laptop|equipment|network|device|computer|hotspot|childcare|transport)\b`,
          ],
          stance: ['asserted'],
        },
      ],
    },
    'next-step': {
      label: 'Clear next step',
      why: "The email's job is to get the conversation: ask for a meeting or say what happens next.",
      sets: [
        {
          cues: [
            re`\b(?:could|can|shall|may|might) we (?:\w+ ){0,2}?(?:meet|talk|discuss|chat|speak|sit down|go (?:over|through)|find|set up|book|schedule|arrange|grab|have a|catch up|look at|pick this up|put (?:it|this) in writing|confirm|agree|take)\b`,
            re`\b(?:would|will|do|are) you (?:be )?(?:open|free|available|willing|up for|have)\b[^.!?\n]{0,40}?\b(?:meet|meeting|talk|discuss|discussing|chat|call|conversation|go (?:over|through)|walk|sit down|this week|next week|minutes|revisit\w*)\b`,
            re`\b(?:i'd|i would) (?:like|love|welcome|appreciate|value|be (?:grateful|glad|pleased|happy)) (?:\w+ ){0,3}?(?:chance|opportunity|a (?:chat|call|meeting|conversation)|\d+ minutes|half an hour|some of your time|time with you|time in your (?:diary|calendar)|to (?:meet|talk|discuss|chat|sit down|walk you through|go over|go through|set up|book|find|speak))\b`,
            re`\b(?:let's|let us) (?:\w+ ){0,2}?(?:meet|talk|discuss|chat|sit down|find (?:a |some )?time|set up|book|schedule|grab|catch up|confirm)\b`,
            re`\b(?:book|schedule|set up|arrange|put|find|grab) (?:a |some |a quick |a short |\d+ minutes |twenty minutes |half an hour )?(?:time|slot|meeting|call|chat|1:1|one-to-one|one-on-one|coffee)\b[^.!?\n]{0,30}?\b(?:this week|next week|to (?:discuss|talk|go|walk)|with (?:you|hr)|in your (?:calendar|diary)|when (?:it suits|you're free)|on \w+day)\b|\bi can book\b`,
            re`\b(?:\d{1,2}|ten|fifteen|twenty|thirty|a few|a couple of) (?:minutes|mins|min)\b[^.!?\n]{0,40}?\b(?:this|next|tomorrow|today|on \w+|to (?:talk|discuss|chat))\b|\b(?:half an hour|\d{1,2} minutes|\d{1,2} mins)\b[^.!?\n]{0,20}?\b(?:to (?:discuss|talk|go|walk|chat|meet)|of your time)\b|\b(?:do you have|have you got|got) (?:a few|\d+|ten|fifteen|twenty|thirty|half an hour|a moment|a minute|some time|time)\b`,
            re`\b(?:at |in )?(?:our|my|the|your) next (?:1:1|one-to-one|one-on-one|catch-?up|check-?in|meeting|monthly)\b|\b(?:at|in|before|after) (?:the |our |my )?(?:\w+'s )?(?:one-to-one|1:1|catch-?up|team meeting|monthly|ops meeting|lab meeting|pipeline meeting|management meeting|sync|review|stand-?up|appeal meeting)\b`,
            re`\blet me know (?:when|what time|a time|if (?:\w+ ){0,4}?(?:works|suits|discuss|chat|talk|meet)|your availability)\b|\bplease (?:tell|let) me (?:know )?when\b`,
            re`\b(?:happy|glad|keen|pleased) to (?:walk you through|talk (?:it |this )?(?:through|over)|go through|discuss|meet|chat|talk|answer (?:any )?questions)\b`,
            re`\b(?:discuss(?:ing)?|talk(?:ing)?|chat(?:ting)?|speak(?:ing)?|meet) (?:about )?(?:it|this|this further|that|things)? ?(?:properly|in person|briefly|soon|further|tomorrow|this week|next week|on \w+|at (?:your|a time)|whenever|before|with (?:you|hr))\b|\bto discuss (?:this|it|the|details)\b|\b(?:up for|fancy|free for|time for) a (?:quick )?(?:chat|talk|call|coffee)\b|\bcoffee\b[^.!?\n]{0,20}\bto discuss\b|\bfor (?:a )?talk\b`,
            re`\b(?:i'll|i will|i can|i could|happy to|glad to|let me|shall i) (?:\w+ )?(?:send|share|prepare|draft|put together|write up|bring) (?:you )?(?:a |the )?(?:one-page|short|written|detailed|simple|full) (?:plan|proposal|summary|outline)\b|\b(?:i'll|i will|i can|shall i|let me) (?:\w+ )?(?:book|set up|arrange) (?:a |the |some )?(?:slot|meeting|call|time)\b|\battached (?:is )?(?:a |the )?(?:one-page |short |written |detailed |simple |full )?(?:plan|proposal|summary|outline)\b`,
            re`\bwe (?:could|can) (?:\w+ )?(?:discuss|talk|meet|chat)\b|\bif we (?:can|could) (?:talk|discuss|meet|chat)\b|\b(?:could|can) be (?:heard|discussed) at\b|\bwould (?:\w+ ){1,3}?work (?:for you|to (?:agree|discuss|meet|talk))\b`,
            re`\b(?:as a |the )?next steps?\b|\bcould you (?:confirm|let me know what|approve)\b|\bgo through the (?:practical side|details|process)\b`,
          ],
          traps: [
            re`\b(?:weekly|daily|team|regular) (?:call|meeting|chat|1:1|one-to-one|one-on-one)s?\b[^.!?\n]{0,20}?\bwith (?:you|the team)\b`,
          ],
        },
      ],
    },
  },
  findings: {
    'personal-first': {
      severity: 'medium',
      message: 'It opens with a personal reason; lead with what you propose and what the team gains, and keep personal reasons brief and later.',
      fixes: [
        "I'd like to propose working from home on {days}, which would give me more focused time for {teamGoal}.",
        "I'd like to suggest a change to how I work: {days} from home, starting with a {trialWeeks}-week trial.",
      ],
      sentences: 2,
      sets: [
        {
          // The journey itself; a strike, snow or roadworks are outside disruptions, and a health condition is not a preference.
          cues: [
            re`\b(?:commut\w*|(?:my|our|the daily|my daily) (?:journey|drive|train|trains|bus|travel|trip)|the (?:journey|drive|train|bus) (?:in|to|into) (?:work|the office|each day|every day)|the journey in\b|traffic|rush hour|hours? in the train|the (?:trains|buses) have been)\b`,
          ],
          unlessInSentence: [
            re`\b(?:strikes?|snow|storm|flood\w*|roadworks|resurfacing|closed|closure|cancell?ed|diagnos\w*|condition|fatigue|disabilit\w*|reasonable (?:adjustment|accommodation))\b`,
          ],
        },
        {
          cues: [
            re`\b(?:school(?:'s)? (?:run|pick-?ups?|drop-?offs?|holidays?|is closed|closed)|childcare|child care|daycare|day care|nursery|childminder|nanny|holiday club|inset day|maternity leave|parental leave|off school|babysitter)\b`,
            re`\b(?:my|our) (?:new |little |elderly |youngest |eldest |two |older |younger )?(?:kids?|children|son|daughter|baby|toddler|little ones?|youngest|twins|boys|dog|puppy|cat|pets?|partner|wife|husband|boyfriend|girlfriend|family|mum|mom|mother|dad|father|parents|grandmother|grandfather|mother-in-law|father-in-law|sister's|brother's|neighbour|neighbor|nanny|childminder|gym|house|flat|home life|social life|hobbies|household|kitchen|roof|boiler)\b|\b(?:the|our) (?:kids|children)\b|\bkids'|\b(?:little one|the baby|our baby)\b|\b(?:the )?parent of\b|\bprimary school\b|\b(?:my|our) (?:son|daughter|father|mother|dad|mum|husband|wife)'s\b|\bkid's\b|\bcarer for\b|\bmain carer\b|\bcaregiver\b`,
            re`\b(?:relocat\w*|moving (?:house|flat|away|abroad|out of|there)|(?:we're|we are|i'm|i am|we'll be|we will be) moving|(?:we|i)(?:'ve| have)? moved (?:house|away|out|to|in)|move (?:there|up|house)|the move|removals?|house purchase|complete on)\b`,
            re`\b(?:work-life balance|lifestyle|sleep (?:in|longer|more)|lie-in|personal (?:reasons|work|matters?)|me time|not a morning person|get fitter|wedding|married|funeral|passed away|christmas with|holidays? with|spend (?:the month|christmas) with|ramadan|fasting|adopted a)\b`,
            re`\b(?:petrol|fuel|gas money|parking (?:fees|costs|charges)|train fares?|season ticket|save (?:money|us)|cost of (?:living|fuel|petrol|parking)|costing me|nursery fees)\b`,
            re`\b(?:delivery of|parcel|plumber|furniture|car (?:broke down|is at the garage)|car-share|visa|internet company)\b|\b(?:builders|plumber|contractor|electrician|engineer) (?:is |are |will be )?(?:coming|can only come|arriving|booked)\b|\blet (?:the )?(?:builders|plumber|contractor|engineer|them) in\b`,
          ],
        },
      ],
      unless: [
        ...BENEFIT_CUES,
        re`\b(?:deliver(?:s|ed|ing)?|output|productiv\w*|quality|clients?|customers?|the work itself|priorit\w*|deadlines?|my work on|the reports?|invoicing|reconciliations?)\b`,
      ],
      pleasantries: [
        re`\b(?:hope (?:you|this|your|all|everything|the)|how are you|how was your|thanks? (?:you )?(?:for|so much|again)|happy (?:monday|friday|new year)|good to see you|welcome (?:back|to the team))\b`,
        re`^\s*(?:to|from|date|subject|re|cc)\s*:|^\s*memo(?:randum)?\s*$|^\s*\d{1,2}(?:st|nd|rd|th)? ${MONTH}\w*\s*$|^\s*${MONTH}\w* \d{1,2}\s*$`,
      ],
      answers: [
        re`^\W*(?:yes|no|to answer your question|in answer to your question|as requested)\b|\bso yes\b`,
      ],
    },
    ultimatum: {
      severity: 'high',
      forms: [
        {
          message: 'This reads as a threat to leave or an ultimatum; it forces a yes or no and costs trust even when it works. Keep the email about the proposal.',
          fixes: [
            "I'd really like to make this work here: could we try it for {trialWeeks} weeks and review it together?",
            'Could we agree a {trialWeeks}-week trial, judged on {metric}, and decide together at the end?',
          ],
          sets: [
            {
              cues: [
                re`\b${I_WILL}(?: (?:probably|seriously|then|honestly|really|likely|realistically|eventually|sadly|unfortunately|reluctantly))? (?:have to |need to |be forced to |feel (?:i need|forced|obliged) to |start to |begin to |want to |seriously |be )?(?:quit|resign|resigning|leave (?:the (?:company|firm|business|organi[sz]ation|team)|my (?:job|role|position|post)|this (?:job|role|position|company|place))|leave\b(?= *[.,;!]| *$)|be leaving (?:the company|here)|hand(?:ing)? in my notice|give (?:my )?notice|look(?:ing)? (?:for (?:another|a new|other) (?:job|role|position|opportunit\w*)|elsewhere|around)|start (?:looking|applying)|move on|explore (?:other|my) options|accept (?:it|their offer|the offer|that offer)|consider (?:my options|other options|leaving|moving on|other (?:roles|jobs|offers|opportunities))|reconsider (?:my (?:position|future|options|role)|whether (?:i (?:can )?stay|this job))|think (?:about|hard about|seriously about) (?:my future|whether i (?:can )?stay|my options)|re-?evaluate my (?:position|future|options)|give serious thought to my future|find somewhere (?:else|that will)|not hesitate to take it further|be taking this to)\b`,
                re`\b(?:otherwise|or else|if not|or),? ${I_WILL}?(?: have to| need to)? ?(?:leave|quit|resign|look elsewhere|start looking|reconsider|consider my options|handing in my notice|be looking|find somewhere)\b|\bor i'?m out\b|\bor i (?:finally )?(?:take|start)\b`,
                re`\b(?:i'm|i am|i've been|i have been) (?:seriously |now |already )?(?:considering|thinking (?:about|of)|weighing) (?:leaving|quitting|resigning|other (?:offers|roles|options|opportunities)|an? (?:other |outside |external |competing )?(?:job )?offer|my options|moving on)\b`,
                re`\b(?:job|competing|outside|external|rival) offers?\b|\bcounter-?offers?\b|\boffer from (?:a |another |other )?(?:company|competitor|firm|employer)\b|\b(?:have|had|received|got) (?:an |two |other )?offers?\b|\bi have offer\b|\bbeen offered (?:a|an)\b|\bi'?ve been offered\b`,
                re`\b(?:another|other) (?:company|companies|employer|employers|firm|firms) (?:\w+ ){0,3}?(?:offered|offer|are offering|have offered|approached|has approached|would let|would allow|allow|allows|let|lets)\b`,
                re`\bnot sure how long i (?:can|could|will|would) (?:keep|stay|continue|carry on|go on)\b|\b(?:thinking|thought|think) (?:about|hard about|seriously about) my (?:future|options)\b|\bquestion whether i can see a (?:long-term )?future here\b`,
                re`\b(?:been|was|were|got|get) (?:approached|contacted|headhunted|offered)\b[^.!?\n]{0,30}?\b(?:another (?:company|firm|employer|role|job|position)|other (?:companies|firms|employers|roles|jobs)|recruiters?|headhunters?|(?:a )?(?:fully )?remote (?:role|job|position|roles)|an? (?:new )?(?:role|job|position) (?:at|with|elsewhere))\b`,
                re`\brecruiters? (?:keep|have been|are always|constantly|always|who keep)\b|\bkeep getting in touch\b|\bopen to work\b`,
                re`\b(?:non-?negotiable|not negotiable|deal-?breaker|make-or-break|red line)\b`,
                re`\b(?:leave|leaves|left) me (?:with )?no (?:other )?(?:choice|option)\b|\bi (?:will |would |'ll )?have no (?:other )?(?:choice|option) but\b|\bleft with no (?:other )?option\b|\bno choice but\b`,
                re`\b(?:the )?only way i (?:can|could|would|will) (?:stay|continue|remain)\b|\bbut only if i can\b|\bonly if i can work\b`,
                re`\b(?:can't|cannot|won't|will not|couldn't) (?:see myself )?(?:stay(?:ing)?|continue|carry on|remain) (?:here|in this role|at the company|with the company|long-?term)\b`,
                re`\b(?:affect|influence|impact) my (?:decision|willingness) to stay\b|\bseek (?:other )?employment elsewhere\b|\blooking for other employment\b|\bemployment tribunal\b`,
                re`\bi need (?:an answer|a decision|this (?:approved|sorted|agreed)) by\b|\bneed to know where we stand\b|\bi intend to resign\b`,
              ],
              traps: [re`\b(?:turned down|said no to|declined|refused) (?:an? |the )?(?:\w+ )?offer\b`],
              stance: NOT_PAST,
            },
          ],
        },
      ],
    },
    entitlement: {
      severity: 'high',
      forms: [
        {
          message: "It argues that you deserve it or that others have it; that feels like a demand and puts your manager in a fairness bind. Argue from your own role and results.",
          fixes: [
            'This would work well for my role: {days} at home would give me focused time for {teamGoal}.',
            "I'd like to make the case on my own work: we could judge it on {metric}, with a review after {trialWeeks} weeks.",
          ],
          sets: [
            {
              cues: [
                re`\bi (?:really |truly |certainly |definitely |think i |feel i |believe i |feel like i |really feel i )?deserve\b`,
                re`\b(?:i've|i have|i think i've|i think i have) (?:more than |surely |really )?earned\b|\b(?:i'm|i am) (?:entitled|owed)\b|\bi am owed\b|\bowed a degree of\b`,
                re`\b(?:it's|it is|it would (?:only )?be|that's|that is|i think it's) only fair\b|\bonly fair (?:that|since|given|because|if)\b`,
                re`\b(?:it's|it is|it seems|this is|that's) (?:simply |just |a bit )?(?:not fair|unfair)\b|\bunfair(?:ly)?\b|\b(?:doesn't|does not) (?:feel|seem) fair\b|\bnot fair\b`,
                re`\bsame (?:rights?|privileges?|treatment|perks?|deal|flexibility) as\b|\bthe same right\b|\ba basic right\b|\bnot a privilege\b|\bi(?:'d| would) like the same\b|\bdo the same\b|\b(?:like|as) the others do\b`,
                re`\b(?:everyone|everybody|all the others|the others|others|other people|other people in team|the rest of (?:the|my) team|half (?:of )?(?:the|my) team|most of (?:the|my) team|all my colleagues|my (?:colleagues|co-?workers|teammates|peers)|other teams|other departments|every other company)(?: [\w-]+){0,5}? (?:else )?(?:already )?(?:gets? to|are allowed to|is allowed to|seems? to be allowed|can|have been allowed to|work|works|are working|enjoy|get|have|lets?)\b[^.!?\n]{0,40}?\b(?:from home|remotely|remote|flexib\w*|wfh|home office|work from home)\b`,
                re`\bwhy (?:can't|cannot|shouldn't|should not|am not|can not) i\b|\bi don't see why i should\b|\bwhy i should be (?:treated )?(?:any )?different\b|\bonly me not\b`,
                re`\b(?:since|because|given that|if) [a-z]+ (?:and [a-z]+ )?(?:both )?(?:already )?(?:gets to |is allowed to |can |get to )?(?:work|works) (?:from home|remotely)\b[^.!?\n]{0,50}?\b(?:i should|so should i|so can i|why can't i|i (?:can|could) too|me too|then i|i don't see why|the same)\b|\bif they get to\b[^.!?\n]{0,40}\bi should\b`,
                re`\bi should (?:also )?be (?:allowed|able) to (?:work )?(?:from home|remotely)\b|\bi should (?:too|also|as well)\b|\bi expect (?:to be|it to be|that)\b`,
              ],
              traps: [re`\bentitled to (?:make|request|ask|submit)\b|\bfair on (?:the )?(?:team|rest|others)\b|\bkeep it fair\b`],
              stance: ['asserted'],
            },
          ],
        },
      ],
      announcement: {
        message: 'This announces a decision instead of asking; a manager who feels consulted is far more likely to agree. Phrase it as a proposal.',
        fixes: [
          "I'd like to propose working from home on {days}; would you be open to trying it for {trialWeeks} weeks?",
          'Could we discuss me working from home on {days}, starting with a {trialWeeks}-week trial?',
        ],
        sets: [
          {
            cues: [
              re`\bi(?:'ve| have) (?:now )?decided\b|\bi'?ve thought about it and i(?:'ll| will)\b`,
              re`\bthis (?:letter|email|e-mail|note|message) is to (?:inform|let you know|confirm)\b|\bthis is to inform you\b|\b(?:i am|i'm) (?:writing to )?(?:informing|notifying|letting) you\b|\bi'm writing to let you know that\b`,
              re`\bjust (?:letting you know|so you know|to let you know)\b|\bfyi\b|\bheads up\b|\bbreaking news\b`,
              re`\bplease (?:note|be advised|be aware) that (?:from|starting|as of|effective|i will be|i'll be|i am)\b|\beffective (?:\w+ ){0,3}?(?:i will|i'll)\b|\beffective (?:immediately|from|monday|\d)`,
              re`\bi hope you (?:will )?(?:understand and )?respect (?:this|my) decision\b|\bi hope you understand\s*[.!]`,
              re`\bregardless\b|\bi already told (?:to )?the team\b|\bmy clients have been notified\b|\bi have arranged my workload accordingly\b|\bkindly approve the same\b|\bi(?:'ve| have) already cleared\b`,
              re`\bi (?:expect|require) (?:you|this|that|approval|an answer|it to be granted)\b|\bi need you to (?:approve|sign|agree|accept|confirm)\b|\b(?:this|it) is (?:already )?(?:decided|settled|final)\b`,
            ],
            traps: [re`\bi(?:'ve| have) (?:now )?decided to (?:ask|propose|raise|put|write|bring|check|reach out|suggest|request|apply)\b`],
            stance: ['asserted'],
          },
        ],
        declarations: {
          cues: [
            re`\bi(?:'ll| will| am going to|'m going to| shall| am| will now)(?: be)? (?:working|work|do|doing|start(?:ing)?|begin(?:ning)?|attending work|go|going|based)\b[^.!?\n]{0,40}?\b(?:from home|remotely|remote|home office|wfh|home)\b`,
            re`\b(?:going forward|from now on|from today|starting (?:next|this|on|tomorrow|monday)|as of (?:today|now|next week|monday))\b[^.!?\n]{0,30}?,? i(?:'ll| will| am going to|'m going to)\b`,
            re`\bi'?m (?:going )?(?:working|wfh) (?:from home )?(?:tomorrow|today|on \w+day)\b`,
          ],
          stance: ['asserted', 'not-past', 'not-question', 'not-conditional'],
        },
        requests: [
          re`\b(?:could|can|may|might) i\b|\bwould (?:it|that|you|this) be\b|\bis (?:it|that|this) (?:ok|okay|alright|possible|all right|fine)\b|\bok if i\b`,
          re`\bi(?:'d| would) (?:like|love) to (?:ask|request|propose|suggest|work|try|put forward|raise)\b|\bi(?:'m| am) (?:asking|requesting|proposing|writing to (?:ask|request))\b|\bi (?:wish to|want to) (?:ask|request|make a request)\b`,
          re`\b(?:request|requests|propose|proposal|suggest|suggestion)\b|\bif (?:you're|you are) (?:happy|ok|okay)\b|\bif you agree\b|\bpermission\b|\bwould you (?:mind|consider|be open)\b|\bdo you mind\b|\bwhat do you think\b`,
        ],
        confirmations: [
          re`\bas (?:agreed|discussed|we agreed|we discussed|requested|approved)\b|\bthanks? (?:you )?(?:so much )?for (?:approving|agreeing|the approval|saying yes|confirming)\b|\b(?:you|it was|was|been) approved\b|\bapproval below\b`,
        ],
      },
    },
    'care-while-working': {
      severity: 'high',
      forms: [
        {
          message: 'It suggests caring for someone during working hours, which is the first worry a manager has; make clear care is arranged and home days are full working days.',
          fixes: [
            'Care is arranged on my home days, so they would be full working days.',
            "On home days I'd work my usual hours, with care arranged just as on office days.",
          ],
          sets: [
            {
              cues: [
                re`\b(?:look(?:s|ing)? after|car(?:e|es|ing) for|take care of|taking care of|keep(?:ing)? an eye on|look in on|watch(?:ing)?|mind(?:ing)?|supervis(?:e|es|ing)|babysit\w*|home-?school\w*|teach(?:ing)?|help(?:ing)?|entertain(?:ing)?|be (?:at )?home with|be there for)\b (?:my |our |the |a |both of )?(?:\w+ )?${DEPENDANT}\b`,
                re`\b(?:have|keep|keeping|having) (?:them|him|her|the kids|the children|the boys|both of them) (?:with me|at home|busy|out of trouble)\b`,
              ],
              alongside: DURING_WORK,
              unlessInSentence: [
                re`\b(?:my|our|her|his|the|a) (?:mum|mom|dad|partner|husband|wife|brother|sister|nanny|childminder|carer|nurse|grandparents?|parents|mother|father|mother-in-law|au pair|sitter|babysitter)s?,? (?:who )?(?:is|are|will be|has|have|looks?|looking|cares?|takes?|take|stays?|comes?|will)\b`,
                re`\b(?:look after|care for|help) (?:her|him|them) in the evenings?\b|\bbefore i (?:start|log on|begin)\b|\bcare is (?:fully )?arranged\b`,
              ],
              stance: NOT_PAST,
            },
            {
              cues: [
                re`\b(?:kids?|children|boys|girls|twins|baby|toddler|little one|son|daughter|he|she|they)(?:'ll| will| would|'d| are| is|'re|'s)? (?:be )?(?:(?:at home|around the house|around) with me|with me while)\b`,
                re`\bwhile (?:the |my )?(?:kids?|children|baby|toddlers?|little ones?|twins) (?:is |are )?(?:nap|napping|naps|asleep|sleep|sleeping)\b`,
                re`\bwith a (?:toddler|baby|child) on (?:each|my) knee\b|\bfit (?:my )?work around (?:him|her|them|the (?:kids|baby|children))\b|\bwork around (?:the |my )?(?:kids|children|baby|toddler|school run|nap)\w*\b|\bsupervised by me\b`,
                re`\b(?:save|saving|saves) (?:us |me )?(?:nearly |almost |over |about )?(?:a fortune |money |a lot |hundreds |£?\$?€?[\d,]+ (?:a|per) (?:month|week) )?on (?:childcare|child care|daycare|day care|nursery|nursery fees|a nanny|babysitt\w*|after-school club)\b`,
                re`\b(?:no longer|won't|will not|wouldn't|would not) need (?:to pay for )?(?:childcare|child care|daycare|day care|nursery|a nanny|a childminder|after-school club)\b`,
              ],
              stance: NOT_PAST,
            },
          ],
        },
      ],
    },
    hedging: {
      severity: 'low',
      message: 'Apologies and hedges throughout make the request sound unsure of itself; state the proposal plainly and let the plan carry it.',
      fixes: [
        "I'd like to propose working from home on {days}.",
        "I'm confident {days} from home would work well, and I'd like to discuss it with you.",
      ],
      minCount: 3,
      wordsPerMatch: 60,
      cues: [
        re`\b(?:sorry|apologi[sz]e|apologies)\b`,
        re`\bi (?:was |am |'m )?(?:just )?(?:wondering|hoping)\b|\bi (?:was )?just\b|\bjust (?:a quick|a small|a thought|an idea|to check|wondered|wanted)\b|\bi wondered\b`,
        re`\b(?:maybe|perhaps|possibly|hopefully|probably)\b`,
        re`\bi (?:think|guess|feel like|suppose|feel)\b`,
        re`\b(?:kind of|sort of|a little bit|a bit)\b`,
        re`\b(?:no pressure|no worries (?:at all )?if not|no worries at all|feel free to (?:say no|laugh)|totally (?:understand|get it)|completely understand|i understand if (?:not|you|it)|if (?:it's|it is) not too much|if that's (?:ok|okay|alright|all right)|if that makes sense|if that's okay with you|if that's alright|if you think it appropriate|should that not cause)\b`,
        re`\bi know (?:this|it) (?:is|might be|may be|sounds|probably sounds) (?:a lot|a big ask|unusual|cheeky|a stretch|silly|not ideal)\b|\bi hate to (?:ask|bother)\b|\bi (?:really )?don't want to (?:be a (?:bother|burden|pain)|impose|cause trouble|make a fuss|sound|moan|be annoying)\b|\bcheeky ask\b`,
        re`\bi'm not (?:really )?(?:sure|certain)\b|\bi am not sure\b|\bi hope (?:this|that|it) (?:is|isn't|'s) (?:ok|okay|alright|fine|not|the right)\b|\bi hope you (?:don't|do not|will not|won't) mind\b|\bi hope (?:it's|it is|this is) (?:ok|okay|alright)\b|\bi really hope\b`,
        re`\b(?:a silly|a stupid|a dumb|a weird|a strange) (?:question|idea|request|reason|time)\b|\bsilly\b|\bto (?:bug|trouble|bother) you\b|\bfor (?:the )?(?:bother|trouble|disturbing you)\b|\bforgive me\b|\bdo not be angry\b|\bnot angry\b`,
        re`\bif (?:it's )?at all possible\b|\b(?:wouldn't|isn't) it\?|\bi'?m overthinking\b|\bjust a thought\b|\bi think\?|\bpossibly\?|\bmaybe\?`,
      ],
      traps: [
        re`\b(?:a bit|a little bit) (?:more|less|earlier|later)\b|\bsorry for the (?:slow|late) reply\b|\bsorry this comes\b`,
      ],
    },
    'office-complaint': {
      severity: 'medium',
      forms: [
        {
          message: 'Complaints about the office, colleagues or meetings read as escaping rather than improving; describe the upside of home days instead.',
          fixes: [
            'A day at home would give me uninterrupted time for {teamGoal}.',
            'On home days I could focus on the work that needs long stretches of concentration.',
          ],
          sets: [
            {
              cues: [
                re`\b(?:the|this|our|my) (?:office|open[- ]plan(?: office)?|floor|building|place|atmosphere|environment|workplace|open office)\b[^.!?\n]{0,40}?\b(?:is|gets|has become|can be|are|isn't|is not)\b[^.!?\n]{0,20}?\b(?:noisy|loud|distracting|cold|freezing|hot|depressing|awful|terrible|crowded|overcrowded|chaotic|a zoo|unbearable|a nightmare|a circus|a madhouse|toxic|miserable|ridiculous|unsuitable|uncomfortable|half empty|chaos|always noise|a good place)\b`,
                re`\b(?:open-plan|open plan|the office|office|cubicle) (?:noise|chatter|distractions?|gossip|politics|drama)\b[^.!?\n]{0,20}?\b(?:is|are|makes?|unbearable|impossible|constant)\b|\bconstant (?:noise|chatter)\b`,
                re`\b(?:too many|endless|pointless|useless|constant|unnecessary|needless|so many) (?:meetings|interruptions|distractions)\b|\bmeetings? about the meeting\b|\bcould have been (?:an )?emails?\b|\bfar too many of them\b`,
                re`\bmeetings (?:are|feel) (?:a )?(?:waste of time|pointless|useless|endless|a joke)\b|\bwaste of (?:my )?time\b|\bachieve nothing\b|\beat an hour\b`,
                re`\b(?:my |the |some |our )?(?:colleagues|co-?workers|teammates|people (?:here|in the office|around my desk)|others in the office|the sales team|the guy next to me|everyone|they|half the team)\b[^.!?\n]{0,30}?\b(?:are|keep|won't stop|never stop|constantly|always|all day|talk|shout|gossips?)\b[^.!?\n]{0,30}?\b(?:noisy|loud|annoying|distracting|interrupting|chatting|talking|speaking loud|gossip\w*|rude|lazy|unprofessional|disruptive|at full volume|down the phone|jokes and noise|on speakerphone)\b`,
                re`\b(?:can't|cannot|can not|unable to|impossible (?:for me )?to) (?:concentrate|focus|think|get anything done|work properly|hear myself think)\b|\bimpossible to (?:work|concentrate)\b|\bcan'?t get anything done\b`,
                re`\b(?:hate|dread|can't stand|cannot stand) (?:the|this|my|being in the|coming into the|going (?:in|into the)) ?(?:office|open plan|meetings|commute)?\b|\b(?:sick|tired) of (?:the|this|being|doing) (?:office|meetings|noise|open plan|micromanaged|everyone's work)\b`,
                re`\b(?:noisy|loud|annoying|toxic|gossipy|distracting) (?:colleagues|co-?workers|teammates|office|environment|workplace)\b|\bmicromanag\w*\b|\bwatched over\b|\bbeing watched\b|\bevery coffee break\b|\bupdates every hour\b|\bno idea how to run\b`,
                re`\b(?:printer|heating|air[- ]?con\w*|coffee machine|lifts?|toilets|wifi|door|chair)\b[^.!?\n]{0,40}?\b(?:jams|eats|broken|barely works|has failed|out of order|closed|has not closed|squeaks|two settings)\b|\bhunting for a desk\b|\bin the corridor\b|\bunbearable\b`,
                re`\bthe problem is the office\b|\bthe office isn't (?:even )?a good place\b|\bthe conditions are unacceptable\b`,
              ],
              traps: [re`\b(?:noise issue|noise problem)\b[^.!?\n]{0,30}\bsorted\b`],
              stance: ['asserted'],
            },
          ],
        },
      ],
    },
    'group-request': {
      severity: 'medium',
      forms: [
        {
          message: 'A request on behalf of several people feels like an ambush and invites a blanket no; make your own request, on your own role and record.',
          fixes: ["I'd like to ask for myself: {days} from home, based on my own role and results."],
          sets: [
            {
              cues: [
                re`\bon behalf of (?:the|our|my|several|a few|some) (?:team|department|group|colleagues|of us)\b`,
                re`\b(?:we|all of us|several of us|a few of us|some of us|the (?:whole )?team) (?:would (?:all )?like|are (?:all )?asking|all want|have (?:all )?agreed|(?:formally )?request)\b[^.!?\n]{0,40}?\b(?:work(?:ing)? (?:from home|remotely)|remote|hybrid|wfh)\b`,
                re`\b(?:we've|we have) (?:all )?(?:signed|put together|drafted) (?:a |this )?(?:petition|joint letter|letter)\b|\bpetition\b`,
              ],
            },
          ],
        },
      ],
    },
    'pay-cut': {
      severity: 'low',
      forms: [
        {
          message: 'Offering pay up front gives away the costliest concession, and pay cuts tend to stay; keep it as a last resort for the meeting.',
          fixes: ["To keep the risk low, I'm happy to start with a {trialWeeks}-week trial and come in whenever I'm needed."],
          sets: [
            {
              cues: [
                re`\b(?:take|accept|taking|accepting) a (?:\d+ ?% )?(?:pay|salary) cut\b`,
                re`\b(?:reduce|lower|cut) my (?:salary|pay|wage)\b`,
                re`\b(?:give up|forgo|forego|skip|defer|waive) (?:my )?(?:next )?(?:pay rise|raise|salary increase|pay increase|bonus)\b`,
                re`\b(?:lower|reduced) (?:salary|pay)\b`,
              ],
              stance: ['asserted'],
            },
          ],
        },
      ],
    },
    overclaiming: {
      severity: 'low',
      forms: [
        {
          message: 'Sweeping claims ("studies prove", big percentages, guarantees) are easy to puncture; cite one specific study or, better, your own numbers and the trial.',
          fixes: ['Studies of hybrid work suggest output need not drop; I suggest we test it with my own numbers over {trialWeeks} weeks.'],
          sets: [
            {
              cues: [
                re`\b(?:i )?guarantee[sd]?\b`,
                re`\b(?:studies|research|science|data|statistics) (?:prove|proves|have proven|has proven|shows? conclusively|clearly shows?)\b|\bproven (?:fact|to (?:increase|boost|improve|make))\b|\bit is proven\b`,
                re`\bit's (?:a )?(?:proven |well-known )?fact that\b|\beveryone knows\b|\bwithout (?:any|a) doubt\b`,
                re`\b\d{2,3} ?(?:%|percent|per cent) (?:more|higher|better|increase in) (?:productiv\w*|efficien\w*|output)\b`,
                re`\b(?:twice|two times|three times|2x|3x|10x) (?:as|more) productive\b|\b(?:always|definitely|certainly) (?:be )?more productive\b`,
              ],
              traps: [re`\b(?:can't|cannot|can not|no|don't|won't) guarantee\b|\bwe guarantee nothing\b`],
            },
          ],
        },
      ],
    },
    'too-long': {
      severity: 'low',
      message: 'At {wordCount} words it is long for a first ask (aim for under {maxWords}); keep the ask, the gain, the trial and a meeting request, and save the rest for the conversation.',
      maxWords: 350,
    },
    'no-start-date': {
      severity: 'low',
      message: 'There is no start date; a proposed date makes the ask concrete and gives the trial a clock.',
      asks: {
        cues: [re`\bwork(?:ing|s)? (?:from|at) home\b|\bwfh\b|\bfrom home\b|\bremotely\b|\bhome[- ](?:based|working)\b|\bremote (?:work(?:ing)?|days?)\b|\bhybrid (?:working|pattern|arrangement|schedule)\b`],
        stance: AS_PLAN,
      },
      starters: re`\b(?:start(?:ing|s)?|begin(?:ning|s)?|commenc(?:e|es|ing)|from|as of|effective|kick(?:ing)? off|go live|on|for|until|till|next|this|tomorrow|today)\b`,
      start: {
        cues: [
          re`\b(?:start(?:ing|s)?|begin(?:ning|s)?|commenc(?:e|es|ing)|from(?! (?:home|the office|my|our|your|the team|you)\b)|as of|effective|kick(?:ing)? off|go live)\b[^.!?\n]{0,25}?\b(?:the \d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:${MONTH}|may)\b|(?:${MONTH}|may) \d{1,2}(?:st|nd|rd|th)?\b|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|(?:next|this|the (?:first|second|start of|beginning of|week of))(?: next)? (?:week|month|quarter|sprint|term|year|cycle|${WEEKDAY}|${MONTH}|may)\b|(?:on )?${WEEKDAY}\b|(?:in|early|mid|late|the end of) (?:${MONTH}|may)\b|${MONTH}\b|the new (?:year|term)\b|(?:right )?after the (?:\w+ )?(?:launch|release|holidays|break|quarter|migration|handover|summer)\b|once (?:the|our) \w+|q[1-4]\b|in (?:\d+|one|two|three|four|a few|a couple of) (?:weeks?|months?)(?:'s?)? time\b|now on|today|tomorrow)`,
          re`\b(?:start|starting|begin|beginning|from) (?:right away|immediately|straight away|tomorrow|next week|next month|this month|now on|today)\b|\b(?:going forward|from now on)\b`,
          re`\b(?:wfh|work(?:ing)? (?:from home|remotely)|home|remote)\b[^.!?\n]{0,30}?\b(?:tomorrow|today|this (?:${WEEKDAY}|week|term|afternoon|morning)|next (?:${WEEKDAY}|week)|that day|on \d|the \d{1,2}(?:st|nd|rd|th))\b`,
          re`\b(?:tomorrow|today|next (?:${WEEKDAY}|week)|this (?:${WEEKDAY}|week|coming \w+))\b[^.!?\n]{0,30}?\b(?:wfh|from home|remotely)\b|\b(?:after|once|when) the (?:quarter|handover|restructure|summer|cast|bridge|refurbishment|works?) (?:closes|finishes|ends|comes off|reopens|is complete)\b|\bafter the quarter closes\b`,
        ],
      },
    },
  },
  fixDefaults: {
    days: 'two days a week',
    teamGoal: "the team's priorities",
    trialWeeks: 'six',
    metric: 'the measures we already track',
    reviewDate: 'the end of the trial',
  },
  quotes: {
    quotedLine: /^[ \t]*>.*$/,
    cuts: [
      // The usenet signature delimiter, with or without its trailing space.
      /^--[ \t]*$/,
      // Gmail and Apple Mail; the header wraps onto a second line when the name is long.
      /^On [^\n]{1,200}?(?:\n[^\n]{0,200}?)?\bwrote:[ \t]*$/,
      // Outlook's header block: From: then at least two more header lines.
      /^(?:_{8,}[ \t]*\n)?[ \t]*\*?From:\*?[ \t][^\n]*\n(?:[ \t]*\*?(?:Sent|Date|To|Cc|Subject):\*?[^\n]*(?:\n|$)){2}/,
      /^[ \t]*-{2,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-{2,}[ \t]*$/,
      /^Begin forwarded message:[ \t]*$/,
      /^Sent from my (?:iPhone|iPad|Android|phone|mobile|Samsung|Galaxy|Pixel|BlackBerry)\b/,
      /^Get Outlook for (?:iOS|Android)\b/,
      // Legal footers: "This email and any attachments are confidential…"
      /^[ \t]*(?:confidentiality notice|disclaimer|important notice|legal notice|privileged (?:and|&) confidential)\b/,
      /^[ \t]*this (?:e-?mail|message)(?: and any (?:attachments?|files)(?: to it)?)? (?:is|are|may be|contains?) (?:confidential|intended|privileged)\b/,
    ],
    headerBlock: /(?:[ \t]*memo(?:randum)?[ \t]*\n)?(?:[ \t]*\*?(?:to|from|date|sent|cc|bcc|re|subject)\*?[ \t]*:[^\n]*(?:\n|$)){2,}/,
    closing: /^[ \t]*(?:(?:kind|best|warm|warmest|many|with|all the) ?(?:regards|wishes|thanks|best)?|regards|thanks(?: again| so much| a lot)?|thank you(?: so much)?|cheers|sincerely|yours(?: sincerely| faithfully| truly)?|best|ta|thx|respectfully)[ \t]*[,!.]?[ \t]*$/,
  },
  greeting: /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|morning|afternoon|greetings)\b(?:\s+(?:mr|mrs|ms|miss|dr|prof)\.)?(?:[^\n,!:.]{0,40}?[,!:.]|[^\n,!:.]{0,40}(?=\n|$))/i,
};

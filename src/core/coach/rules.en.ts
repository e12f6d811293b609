/**
 * English draft-coach rules: what each part of a strong request looks like in words, and the
 * phrasings that hurt one. Where British and American spelling differ, both are listed
 * (organisation, licence, apologise, trialling, programme, forgo/forego). These are heuristics,
 * not grammar: each pattern names a short, bounded phrase (no open-ended `.*`), so reading a
 * 500-word draft takes about a millisecond and no input can make a pattern backtrack for long.
 *
 * Conventions: `[^.!?\n]{0,N}` means "later in the same sentence"; traps list the same words used
 * in another sense and cancel any cue they overlap.
 */
import { re, type CoachRules } from './rules';

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday)';
const MONTH = '(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const SMALL_NUMBER = '(?:one|two|three|four|five|a|1|2|3|4|5|a single|a couple of|a few)';
const PERIOD_COUNT = '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of)';
const I_WILL = "(?:i'll|i will|i would|i'd|i may|i might|i could|i'm going to|i am going to|i'd probably|i would probably|i'll probably)";
const CHILD_OR_DEPENDANT = '(?:kids?|children|child|son|daughter|sons|daughters|baby|babies|toddlers?|twins|little ones?|newborn|mum|mom|mother|dad|father|parents?|grandmother|grandfather|gran|nan|grandma|grandpa|dependants?|dependents?|family)';
const CARE_VERB = '(?:look(?:s|ing)? after|car(?:e|es|ing) for|mind(?:s|ing)?|watch(?:es|ing)?|supervis(?:e|es|ing)|babysit(?:s|ting)?|tak(?:e|es|ing) care of|home-?school(?:s|ing)?|keep(?:s|ing)? an eye on|be(?:ing)? (?:at home )?with|be there for)';
const WORKING_TIME = "(?:i(?: am|'m)? )?(?:work|working|on calls|on a call|in meetings|logged (?:on|in)|at my desk|my (?:work|working) (?:day|hours)|work(?:ing)? hours|office hours|the (?:working |work ?)day|business hours|core hours)";

/** A gain for the team or the company; also what makes an opening more than a personal reason. */
const BENEFIT_CUES: readonly RegExp[] = [
  re`\b(?:benefit|benefits|help|helps|support|serve|strengthen) (?:the|our|my|your) (?:team|department|clients?|customers?|business|company|project|users|group|organi[sz]ation)\b`,
  re`\b(?:more|better|higher|greater|improved?|increased?|faster|quicker|sooner) (?:\w+ )?(?:productiv\w*|output|focus|quality|throughput|turnaround|delivery|coverage|response times?|results|efficien\w*|availability)\b`,
  re`\b(?:fewer|less|reduced?|lower|cut) (?:errors|mistakes|slips|delays|bugs|defects|rework|absences?|sick days|turnover|attrition|overheads?|desk space|interruptions)\b`,
  re`\b(?:office|desk|real estate|overhead|hiring|recruiting|recruitment|replacement) costs?\b`,
  re`\b(?:productivity|more productive|deep work|heads-down|uninterrupted|focus (?:time|work|blocks?|days?)|focused (?:time|work|blocks?|days?)|concentrated (?:time|work|blocks?))\b`,
  re`\b(?:deliver|ship|complete|close)\w* (?:\w+ ){0,5}?(?:sooner|faster|earlier|ahead of)\b|\bget (?:\w+ )?more (?:work )?done\b`,
  re`\b(?:turn(?:ing)?|turn \w+|produce|finish|review|respond|respond to|answer)\b (?:around )?(?:\w+ ){0,5}?(?:faster|quicker|more quickly)\b`,
  re`\b(?:more |longer )?(?:time|blocks?|stretches|room) to (?:focus|concentrate)\b`,
  re`\b(?:your|the team's|our|this quarter's|the department's) (?:top |main |biggest )?(?:priorit(?:y|ies)|goals?|objectives|okrs|targets?)\b`,
  re`\bwhat matters most\b`,
  re`\b(?:cover|coverage|available to|reach(?:able)? by) (?:\w+ ){0,2}?(?:time ?zones?|clients? in|the (?:us|uk|asia|apac|emea|singapore|east coast|west coast) (?:clients?|team|office))\b`,
  re`\b(?:other|different) time ?zones?\b`,
  re`\b(?:retention|retain|quit rates?|resignations|keep me (?:here|motivated|engaged|on board)|stay (?:here )?for the long term)\b`,
  re`\b(?:reinvest|put|turn|spend|use)\b (?:that|this|the|those|my|part of (?:that|this|the|my)) (?:commute |commuting |travel )?(?:time|hours?|minutes)\b[^.!?\n]{0,30}\b(?:work|projects?|team|clients?|customers?|tickets|deliver\w*)\b`,
  re`\bbusiness (?:case|continuity|benefit|need|value)\b`,
  re`\bwin[- ]win\b`,
  re`\bgood for (?:the|our|your) (?:team|business|company|clients?|customers?)\b`,
  re`\b(?:keep|continue) working through (?:strikes|bad weather|closures|disruptions?|snow)\b`,
  re`\b(?:clients?|customers?) (?:would |will )?(?:get|benefit|see)\b`,
  re`\b(?:something|data|numbers|evidence) (?:concrete |solid |real )?(?:to show|you can take (?:upward|up|to))\b|\b(?:easy|easier) (?:for you )?to (?:justify|defend|explain)\b|\blow[- ](?:risk|cost) (?:way|option|experiment|change)\b`,
];

export const EN_RULES: CoachRules = {
  language: 'en',
  facets: {
    schedule: {
      label: 'Concrete schedule',
      why: 'Naming the days (or how many a week) turns a yes/no question into a plan your manager can picture and agree to.',
      cues: [
        re`\b${WEEKDAY}s? (?:and|&) ${WEEKDAY}s?\b`,
        re`\b(?:mondays|tuesdays|wednesdays|thursdays|fridays)\b`,
        re`\b(?:alternate|every other) ${WEEKDAY}s?\b`,
        re`\b(?:every|each) ${WEEKDAY}\b[^.!?\n]{0,20}?\b(?:from home|remotely|at home)\b`,
        re`\b(?:work|working|be|based|stay) (?:from home|at home|remotely)\b[^.!?\n]{0,25}?\b(?:on|every|each) ${WEEKDAY}s?\b`,
        re`\b${SMALL_NUMBER} (?:full |whole |home |remote |wfh |office |in-office )?days? (?:a|per|each|every|in a|out of (?:five|5)|of the|/) ?week\b`,
        re`\b[1-5] ?(?:x|times) (?:a|per|each) week\b`,
        re`\b${SMALL_NUMBER} (?:full )?days? (?:from home|at home|remotely|remote|in the office|on-?site|wfh)\b`,
        re`\b(?:(?:one|a|1|a single) (?:home|remote|wfh) day|(?:two|three|four|[2-4]) (?:home|remote|wfh|office|anchor) days)\b`,
        re`\b(?:work(?:ing)? (?:from home|remotely)|home working|remote working)\b[^.!?\n]{0,20}?\b(?:once|twice|three times) (?:a|per) week\b`,
        re`\b(?:once|twice|three times) (?:a|per) week\b[^.!?\n]{0,20}?\b(?:from home|remotely|at home)\b`,
        re`\b(?:fully|full[- ]time|100 ?%|100 percent|permanently|entirely) (?:remote(?:ly)?|from home|home[- ]based)\b`,
        re`\b(?:remote|remotely|from home) (?:full[- ]time|permanently|every day|five days a week)\b`,
      ],
    },
    'business-benefit': {
      label: 'Gain for the team',
      why: 'Managers approve business cases, not favours: say what the team, the clients or the company gets.',
      cues: BENEFIT_CUES,
      traps: [
        // Describing the office as the problem is a complaint, not a gain.
        re`\b(?:constant|endless|too many) interruptions\b`,
      ],
    },
    indicator: {
      label: 'Measurable indicator',
      why: 'A measure agreed in advance gives your manager a reason to say yes now and a way to judge it later.',
      cues: [
        re`\b(?:kpis?|metrics?|measurable|baselines?|benchmarks?|sla|slas|csat|nps)\b`,
        re`\b(?:measure|measured|measuring|judge|judged|assess|assessed|evaluate|evaluated)\b[^.!?\n]{0,40}?\b(?:on|by|against)\b`,
        re`\b(?:measure|measures|measured|measuring)\b`,
        re`\b(?:track|tracking|monitor|monitoring|compare|comparing|keep track of) (?:my |our |the |whether |how |those |these )?(?:output|results|numbers|progress|tickets|delivery|performance|figures|stats|statistics|velocity|throughput)\b`,
        re`\bhold me to\b`,
        re`\btrack (?:\w+ ){0,2}?(?:shipped|delivered|closed|resolved|completed|processed|booked|handled|added|hit|met)\b|\b(?:engagement|lead|sales|output|conversion|traffic) (?:numbers|figures|rates?)\b`,
        re`\b(?:my|the|our|these|those|your) (?:numbers|figures)\b`,
        re`\b(?:first[- ]response|response|resolution|turnaround|cycle|lead) times?\b`,
        re`\b(?:tickets|cases|requests|invoices|issues|bugs|stories|claims) (?:resolved|closed|handled|processed|completed|fixed)\b`,
        re`\b(?:story points|velocity|sprint (?:commitments|goals)|pull requests|prs merged|deals closed|quota|pipeline|conversion rate|error rate|rework rate|defect rate|escaped defects|on-time (?:delivery|releases?)|deliverables)\b`,
        re`\b\d[\d,.]* (?:tickets|calls|cases|deals|leads|invoices|requests|reports|articles|pieces|features|stories|points|bugs|orders|claims|pages|meetings|demos|sales) (?:a|per|each|every) (?:day|week|month|sprint|quarter)\b`,
        re`\b\d{1,3}(?:\.\d+)? ?(?:%|percent|per cent)`,
        re`\b(?:at or above|at or below|no lower than|no less than|at least|above|below) (?:my |the |a )?(?:current |usual )?(?:level|baseline|target|average|rate|\d)`,
        re`\btarget (?:of|is|would be|we agree)\b`,
        re`\b(?:agreed|agree on|set|clear|measurable|weekly|monthly) (?:goals|targets|objectives|outcomes)\b`,
      ],
      traps: [
        re`\bfor good measure\b|\b(?:security|safety|precautionary|protective|drastic|extreme|health) measures\b|\bin (?:large|some) measure\b`,
        re`\b(?:phone|mobile|cell|contact|reference|order|account|employee|room|extension) (?:numbers?|figures)\b`,
        // Statistics about other people are evidence, not the sender's own yardstick.
        re`\b\d{1,3}(?:\.\d+)? ?(?:%|percent|per cent) (?:more|less|fewer|higher|lower|of (?:people|workers|employees|managers|staff|respondents|companies|the time)|remote)\b`,
        re`\b(?:hit|met|exceeded|beat|beaten|surpassed|smashed) (?:every|all|each|my|our|the) (?:\w+ )?(?:targets?|deadlines?|goals?|quotas?)\b`,
        re`\btarget date\b`,
      ],
    },
    trial: {
      label: 'Trial and review',
      why: 'A time-boxed trial with a review lets your manager say "let\'s test it" instead of "yes, forever".',
      cues: [
        re`\b(?:trial|trials|trialling|trialing|trialled|trialed|pilot|piloting|test run|test period|trial run)\b`,
        re`\b(?:try|test) (?:it|this|that)(?: out)?\b[^.!?\n]{0,30}?\b(?:weeks?|months?)\b`,
        re`\brun (?:it|this|the arrangement) for (?:a |an |the first )?(?:${PERIOD_COUNT} )?(?:weeks?|months?)\b`,
        re`\breview (?:it|this|that|things|progress|the (?:arrangement|set-?up|pattern|schedule|results|numbers|trial|pilot)|how (?:it|this|things) (?:went|goes|is going|are going|has gone|worked))\b`,
        re`\b(?:review|check-?in|checkpoint|evaluation|assessment) (?:meeting|date|point|call)\b`,
        re`\b(?:review|reassess|revisit|evaluate|check in on)\w* (?:it |this |things |the (?:arrangement|trial|pilot|pattern) )?(?:after|in|at the end of|at) (?:the first |an initial )?${PERIOD_COUNT} (?:weeks?|months?)\b`,
        re`\b(?:revisit|reassess|re-?evaluate|reconsider) (?:it|this|the (?:arrangement|pattern|schedule|set-?up|decision))\b`,
        re`\b(?:keep|continue)(?:,| it,)? adjust(?: it)?,? or (?:stop|end|drop)\b`,
        re`\b(?:after|at the end of|in) (?:the first )?${PERIOD_COUNT} (?:weeks?|months?),? (?:we|you|i) (?:could|can|would|will|might) (?:review|decide|see|assess|look|check|sit down|evaluate|revisit|talk)\b`,
        re`\bfor (?:the )?(?:first|an initial|initial) (?:${PERIOD_COUNT} )?(?:weeks?|months?)\b`,
        re`\b(?:time[- ]boxed|time[- ]limited|for a (?:fixed|limited) period|on a temporary basis|temporary arrangement)\b`,
        re`\b(?:end|stop|cancel) it (?:at any (?:point|time)|if (?:it|this) (?:isn't|doesn't|is not|does not))\b`,
      ],
      traps: [
        re`\b(?:clinical|court|jury|drug|medical|murder|criminal|field|randomi[sz]ed|controlled|landmark|famous|academic|published|large|stanford|nature) (?:controlled )?trials?\b`,
        re`\btrial (?:and|&) error\b`,
        re`\bfree trial\b|\btrial (?:version|account|subscription|licen[cs]e|edition|period of the (?:software|app|tool))\b`,
        re`\b(?:on|stand|stood|went to) trial\b`,
        re`\b(?:trial|pilot|study|experiment)s? (?:found|showed|shows|finds|suggests|reported|of [\d,]+ (?:staff|employees|workers|people))\b`,
        re`\b(?:trial|pilot|test)(?: run| project| programme| program| scheme| phase)? (?:of|for|on|with) (?:the|our|a|this|that) (?:new )?(?:software|system|tool|app|platform|crm|erp|product|feature|service|vendor|process|workflow|database|portal|module|version|release|integration|machine|printer|client|customer)\b`,
        re`\b(?:airline|commercial|fighter|helicopter|private|co-|test|drone|student) ?pilots?\b|\b(?:is|was|am|are|were) an? (?:\w+ )?pilots?\b|\bpilots?'?s? (?:licen[cs]e|training|union|strike)\b|\bpilot (?:light|episode)\b`,
        re`\b(?:performance|annual|mid-?year|year[- ]end|salary|pay|appraisal|code|peer|design) (?:reviews?|evaluations?|assessments?)\b`,
      ],
    },
    sweetener: {
      label: 'Sweetener',
      why: 'A concession beyond the trial (own equipment, coming in when needed, extra cover) lowers the risk your manager takes.',
      cues: [
        re`\b(?:my own|own|personal) (?:equipment|laptop|desk|monitors?|screens?|phone|internet|broadband|connection|set-?up|home office|chair|headset)\b`,
        re`\b(?:at|with) no (?:extra |additional )?cost\b|\bno (?:extra |additional )?cost to (?:the company|you|the business|us|the team)\b`,
        re`\b(?:pay|paying) for (?:it|this|them|my own|the (?:equipment|set-?up|internet|broadband)) (?:myself|out of my own pocket)\b|\bcover (?:the cost|my own)\b`,
        re`\b(?:i|i'll|i will|i can|i could|i'd|i would|happy to|willing to|glad to|able to|can still|will still|always) (?:always |still |gladly |also |of course |simply |just |happily |readily )?(?:come|pop|head|travel) (?:in|into the office|to the office|on-?site|in person)\b`,
        re`\bbe (?:in|on-?site|in the office|in person) (?:whenever|when(?:ever)? (?:needed|it matters|you need)|if needed|at short notice|on request|for (?:key|important|team|client|any|all)|during)\b`,
        re`\b(?:on request|at short notice|whenever (?:you|the team) need)\b`,
        re`\b(?:peak|busy|critical|crunch) (?:periods?|times?|weeks?|seasons?|days)\b|\b(?:during|at|for|around) (?:the )?(?:month|quarter|year)[- ]end\b`,
        re`\b(?:cover|covering|be available for|answer calls for) (?:the )?(?:earlier|later|early|late|extended|extra) (?:hours|shifts?|calls|slots?|window|mornings?|evenings?)\b|\bextended hours\b|\b(?:start|log on) earlier\b|\bfinish later\b|\bstay (?:online |available )?later\b|\b(?:before|after) the office (?:opens|closes)\b`,
        re`\b(?:give up|giving up|forgo|forgoing|waive|waiving|hand back|free up|release) (?:my |the )?(?:parking|desk|travel|car|commuting|season ticket|allowance|perk|office|space|spot)\w*\b|\bin exchange\b|\bhot-?desk\w*\b|\bkeep my (?:desk|parking space|spot) free\b`,
        re`\b(?:start|begin|starting|beginning) (?:small|smaller|with (?:just )?(?:one|a single) day)\b|\b(?:one|a single) day a week (?:to (?:start|begin)|for the first|at first|to begin with)\b|\bstep (?:it )?up\b|\bfeels? like too much\b`,
        re`\bkeep (?:${WEEKDAY}s?|(?:one|two|three|four|[1-4]) days?|my ${WEEKDAY}s?)\b[^.!?\n]{0,30}?\bin the office\b|\b(?:anchor|fixed|office|in-office) days\b`,
        re`\b(?:has|have) agreed to cover\b|\b(?:a colleague|someone) (?:can|will|could) cover\b`,
      ],
      traps: [
        re`\bcome in handy\b`,
      ],
    },
    communication: {
      label: 'Reachable and visible',
      why: 'Saying how you stay reachable (hours, reply time, stand-ups, updates) answers "will you disappear?" before it is asked.',
      cues: [
        re`\bcore hours\b`,
        re`\b(?:online|reachable|contactable|available|logged (?:on|in)) (?:from|between|during|throughout|all day|by|on|via|over|the whole|at all times|for calls|on slack|on teams)\b`,
        re`\b(?:reply|replies|respond|responding|answer|answering|get back)\b[^.!?\n]{0,30}?\bwithin (?:an?|\d+|one|two|half an?|the hour|the same)\b`,
        re`\b(?:reply|response) times?\b`,
        re`\b(?:stand-?ups?|daily (?:call|sync|check-?in|huddle|video)|(?:weekly|daily|end-of-day|end of day) (?:note|update|report|summary|check-?in|sync|call|1:1|one-to-one|one-on-one|catch-?up|email|status))\b`,
        re`\b(?:on|via|over|through|by|using) (?:slack|microsoft teams|teams|zoom|google meet|skype|webex|google chat|video|camera|the phone)\b|\b(?:camera|video) on\b`,
        re`\b(?:keep|keeping) (?:you|the team|everyone|all of you) (?:posted|updated|informed|in the loop)\b|\bin the loop\b|\bover-?communicate\b`,
        re`\b(?:calendar|status|availability) (?:up to date|current|updated|visible|accurate|kept)\b`,
        re`\bsend (?:you |the team )?(?:an? )?(?:short |brief |quick |written |daily |weekly |end-of-day )*(?:note|update|summary|report|recap)\b`,
        re`\bcheck-?in (?:with you|daily|every|each|weekly|at)\b`,
        re`\bsend you (?:\w+ ){0,3}?(?:lines|notes?|updates?|summary|report|recap|email)\b`,
        re`\b(?:online|available|reachable|work|working|at my desk|logged on|contactable)\b[^.!?\n]{0,20}?\b\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)? ?(?:-|–|to|until|till) ?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?`,
        re`\b(?:join|attend) (?:all |every |the )?(?:\w+ )?(?:meetings?|calls?|stand-?ups?) (?:by|on|via|over) (?:video|zoom|teams|phone)\b`,
        re`\breach (?:me|me on|me by|me at)\b`,
        re`\b(?:log|logged|logging) (?:on|in) (?:at|from|by) \d|\b(?:be|stay|still be) on (?:all )?(?:the )?(?:usual |team |regular |daily )?calls\b`,
      ],
    },
    'track-record': {
      label: 'Track record',
      why: 'Tenure, results and remote work already done well are the evidence that you deliver without supervision.',
      cues: [
        re`\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple of)\+? (?:years?|months?)\b[^.!?\n]{0,12}?\b(?:here|at (?:the |this |our )?(?:company|firm)|with (?:the |this |our )?(?:company|team|firm)|in (?:the|this|my) (?:role|team|job|position)|on the team)\b`,
        re`\bin my (?:\w+ )?(?:years?|time) (?:here|at|with|on)\b|\bsince (?:i joined|joining)\b`,
        re`\b(?:been|worked|working) (?:here|with (?:the |this |our )?(?:company|team|firm)|at (?:the |this |our )?(?:company|firm)|in (?:this|the|my) (?:role|team|job)) for (?:over |more than |almost |nearly |about )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple of)\+? (?:years?|months?)\b`,
        re`\btrack record\b`,
        re`\b(?:most|much|all|the bulk) of my work is (?:already )?(?:independent|self-contained|done independently|asynchronous|async)\b|\bwork (?:independently|autonomously|without supervision)\b`,
        re`\b(?:delivered|shipped|launched|exceeded|hit|met|beat|surpassed|led|completed|finished|closed)\b(?:\s+[\w'-]+){0,3}?\s+(?:targets?|deadlines?|quotas?|goals?|projects?|releases?|launch|migration|objectives|okrs|on time|ahead of schedule)\b`,
        re`\b(?:never|not once) (?:missed|been late|let)\b|\bconsistently (?:met|delivered|exceeded|hit|beat)\b`,
        re`\b(?:strong|excellent|positive|good|great|outstanding) (?:performance )?(?:reviews?|ratings?|feedback|appraisals?)\b|\bperformance reviews?\b|\bexceeds? expectations\b`,
        re`\b(?:reviews?|ratings?|appraisals?|feedback) (?:have been|has been|were|was|are|is)(?: (?:all|consistently|always|very))? (?:strong|excellent|positive|good|great|outstanding|exceptional|glowing)\b`,
        re`\b(?:reliable|dependable|trusted|self-?motivated|self-?directed)\b`,
        re`\b(?:already|previously|have|successfully) (?:worked|been working) (?:from home|remotely)\b`,
        re`\b(?:when|while|during|last time) (?:[^.!?\n]{0,40}? )?i (?:worked|was working) (?:from home|remotely)\b`,
        re`\b(?:worked|covered|handled|ran|run|managed|did|done) (?:[\w'-]+ ){0,3}?(?:from home|remotely) (?:during|when|for|throughout|last|before)\b`,
        re`\b(?:led|run|ran|managed|owned|handled|supported|covered)\b (?:[\w'-]+ ){1,4}?(?:for|over) (?:the (?:last|past) )?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|many)\+? (?:years?|months?)\b`,
        re`\bduring (?:the )?(?:lockdowns?|pandemic|rail strikes?|train strikes?|tube strikes?|strikes?|snow)\b`,
      ],
      traps: [
        re`\b(?:reliable|dependable|trusted) (?:internet|connection|wi-?fi|broadband|set-?up|laptop|equipment|network|device|computer|hotspot|childcare|transport)\b`,
      ],
    },
    'next-step': {
      label: 'Clear next step',
      why: "The email's job is to get the conversation: ask for a meeting or say what happens next.",
      cues: [
        re`\b(?:could|can|shall|may|might) we (?:\w+ ){0,2}?(?:meet|talk|discuss|chat|speak|sit down|go (?:over|through)|find|set up|book|schedule|arrange|grab|have a|catch up|look at)\b`,
        re`\b(?:would|will|do|are) you (?:be )?(?:open|free|available|willing|up for|have)\b[^.!?\n]{0,40}?\b(?:meet|meeting|talk|discuss|discussing|chat|call|conversation|go (?:over|through)|walk|sit down|this week|next week|minutes)\b`,
        re`\b(?:i'd|i would) (?:like|love|welcome|appreciate|value) (?:\w+ ){0,3}?(?:chance|opportunity|a (?:chat|call|meeting|conversation)|\d+ minutes|half an hour|some of your time|time with you|time in your (?:diary|calendar)|to (?:meet|talk|discuss|chat|sit down|walk you through|go over|go through|set up|book|find))\b`,
        re`\b(?:let's|let us) (?:\w+ ){0,2}?(?:meet|talk|discuss|chat|sit down|find (?:a |some )?time|set up|book|schedule|grab)\b`,
        re`\b(?:book|schedule|set up|arrange|put|find|grab) (?:a |some |a quick |a short |\d+ minutes |half an hour )?(?:time|slot|meeting|call|chat|1:1|one-to-one|one-on-one)\b[^.!?\n]{0,30}?\b(?:this week|next week|to (?:discuss|talk|go|walk)|with you|in your (?:calendar|diary)|when (?:it suits|you're free))\b`,
        re`\b(?:\d{1,2}|ten|fifteen|twenty|thirty|a few|a couple of) (?:minutes|mins)\b[^.!?\n]{0,40}?\b(?:this|next) week\b|\b(?:half an hour|\d{1,2} minutes|\d{1,2} mins)\b[^.!?\n]{0,20}?\b(?:to (?:discuss|talk|go|walk|chat|meet)|of your time)\b`,
        re`\b(?:at |in )?(?:our|my|the) next (?:1:1|one-to-one|one-on-one|catch-?up|check-?in)\b`,
        re`\blet me know (?:when|what time|a time|if (?:\w+ ){0,3}?(?:works|suits)|your availability)\b`,
        re`\b(?:happy|glad|keen) to (?:walk you through|talk (?:it |this )?through|go through|discuss|meet|chat|talk|answer (?:any )?questions)\b`,
        re`\b(?:i'll|i will|i can|i could|happy to|glad to|let me) (?:\w+ )?(?:send|share|prepare|draft|put together|write up|bring) (?:you )?(?:a |the )?(?:one-page|short|written|detailed|simple|full) (?:plan|proposal|summary|outline)\b|\battached (?:is )?(?:a |the )?(?:one-page |short |written |detailed |simple |full )?(?:plan|proposal|summary|outline)\b`,
        re`\b(?:as a |the )?next steps?\b`,
      ],
      traps: [
        re`\b(?:weekly|daily|team|regular) (?:call|meeting|chat|1:1|one-to-one|one-on-one)s?\b[^.!?\n]{0,20}?\bwith (?:you|the team)\b`,
      ],
    },
  },
  findings: {
    'personal-first': {
      severity: 'medium',
      message: 'It opens with a personal reason; lead with what you propose and what the team gains, and keep personal reasons brief and later.',
      sentences: 2,
      cues: [
        re`\b(?:commut\w*|(?:my|the) (?:journey|drive|train|bus|travel) (?:to|into) (?:work|the office)|traffic|rush hour)\b`,
        re`\b(?:school (?:run|pick-?ups?|drop-?offs?)|childcare|child care|daycare|day care|nursery)\b`,
        re`\bmy (?:kids|children|son|daughter|baby|toddler|little ones?|dog|puppy|cat|pets?|partner|wife|husband|boyfriend|girlfriend|family|gym|house|flat|home life|social life|hobbies)\b`,
        re`\b(?:relocat\w*|moving (?:house|away|out of|to)|moved (?:house|away|out|to))\b`,
        re`\b(?:work-life balance|lifestyle|sleep (?:in|longer|more)|lie-in|personal reasons|me time)\b`,
        re`\b(?:petrol|fuel|gas money|parking (?:fees|costs|charges)|train fares?|season ticket|save (?:money|on)|cost of living)\b`,
      ],
      unless: [
        ...BENEFIT_CUES,
        re`\b(?:deliver\w*|output|productiv\w*|quality|clients?|customers?|the work itself|priorit\w*|deadlines?)\b`,
      ],
      pleasantries: [
        re`\b(?:hope (?:you|this|your|all|everything)|how are you|how was your|thanks? (?:you )?(?:for|so much|again)|happy (?:monday|friday|new year)|good to see you|welcome back)\b`,
      ],
    },
    ultimatum: {
      severity: 'high',
      forms: [
        {
          message: 'This reads as a threat to leave or an ultimatum; it forces a yes or no and costs trust even when it works. Keep the email about the proposal.',
          cues: [
            re`\b${I_WILL}(?: (?:probably|seriously|then|honestly|really|likely|realistically|eventually|sadly|unfortunately|reluctantly))? (?:have to |need to |be forced to |feel (?:i need|forced|obliged) to |start to |begin to |want to |seriously )?(?:quit|resign|hand in my notice|give (?:my )?notice|leave (?:the company|the firm|the business|my (?:job|role|position|post)|this (?:job|role|position|company|place)|the organi[sz]ation)|look (?:for (?:another|a new|other) (?:job|role|position|opportunit\w*)|elsewhere|around)|start looking|move on|explore (?:other|my) options|consider (?:my options|other options|leaving|moving on|other (?:roles|jobs|offers|opportunities))|reconsider (?:my (?:position|future|options|role)|whether i (?:can )?stay)|think (?:about|hard about) (?:my future|whether i (?:can )?stay|my options)|re-?evaluate my (?:position|future|options))\b`,
            re`\b(?:otherwise|or else|if not),? ${I_WILL}?(?: have to| need to)? ?(?:leave|quit|resign|look elsewhere|start looking|reconsider|consider my options)\b`,
            re`\b(?:i'm|i am|i've been|i have been) (?:seriously |now |already )?(?:considering|thinking (?:about|of)|weighing) (?:leaving|quitting|resigning|other (?:offers|roles|options|opportunities)|an? (?:other |outside |external |competing )?(?:job )?offer|my options|moving on)\b`,
            re`\b(?:job|competing|outside|external|rival) offers?\b|\bcounter-?offers?\b`,
            re`\b(?:another|other) (?:company|companies|employer|employers|firm|firms) (?:\w+ ){0,3}?(?:offered|offer|are offering|have offered|approached|has approached|would let|would allow|allow|allows|let|lets)\b`,
            re`\bnot sure how long i (?:can|could|will|would) (?:keep|stay|continue|carry on|go on)\b|\b(?:thinking|thought|think) (?:about|hard about) my (?:future|options)\b`,
            re`\b(?:been|was|were|got|get) (?:approached|contacted|headhunted|offered)\b[^.!?\n]{0,30}?\b(?:another (?:company|firm|employer|role|job|position)|other (?:companies|firms|employers|roles|jobs)|recruiters?|headhunters?|(?:a )?(?:fully )?remote (?:role|job|position)|an? (?:new )?(?:role|job|position) (?:at|with|elsewhere))\b`,
            re`\brecruiters? (?:keep|have been|are always|constantly|always)\b`,
            re`\b(?:non-?negotiable|not negotiable|deal-?breaker|make-or-break|red line)\b`,
            re`\b(?:leave|leaves|left) me (?:with )?no (?:other )?(?:choice|option)\b|\bi (?:will |would |'ll )?have no (?:other )?(?:choice|option) but\b`,
            re`\b(?:the )?only way i (?:can|could|would|will) (?:stay|continue|remain)\b`,
            re`\b(?:can't|cannot|won't|will not|couldn't) (?:see myself )?(?:stay(?:ing)?|continue|carry on|remain) (?:here|in this role|at the company|with the company|long-?term)\b`,
            re`\b(?:affect|influence|impact) my (?:decision|willingness) to stay\b`,
            re`\bi need (?:an answer|a decision|this (?:approved|sorted|agreed)) by\b`,
          ],
        },
      ],
    },
    entitlement: {
      severity: 'high',
      forms: [
        {
          message: "It argues that you deserve it or that others have it; that feels like a demand and puts your manager in a fairness bind. Argue from your own role and results.",
          cues: [
            re`\bi (?:really |truly |certainly |definitely |think i |feel i |believe i |feel like i )?deserve\b`,
            re`\b(?:i've|i have) (?:more than |surely )?earned (?:the right|this|it|a bit of flexibility|some flexibility|the flexibility|the privilege|this privilege)\b`,
            re`\b(?:i'm|i am) (?:entitled|owed)\b`,
            re`\b(?:it's|it is|it would (?:only )?be|that's|that is) only fair\b|\bonly fair (?:that|since|given|because|if)\b`,
            re`\b(?:it's|it is|it seems) (?:not fair|unfair)\b|\bunfair (?:that|to me)\b`,
            re`\bsame (?:rights?|privileges?|treatment|perks?|deal|flexibility) as\b`,
            re`\b(?:everyone|everybody|all the others|the others|others|other people|the rest of (?:the|my) team|half (?:of )?(?:the|my) team|most of (?:the|my) team|my (?:colleagues|co-?workers|teammates|peers)|other teams|other departments)(?: [\w-]+){0,4}? (?:else )?(?:already )?(?:gets? to|are allowed to|is allowed to|can|have been allowed to|work|works|enjoy|get)\b[^.!?\n]{0,25}?\b(?:from home|remotely|remote|flexib\w*|wfh)\b`,
            re`\bwhy (?:can't|cannot|shouldn't|should not|am not|can not) i\b`,
            re`\b(?:since|because|given that|if) [a-z]+ (?:already )?(?:gets to |is allowed to |can )?(?:work|works) (?:from home|remotely)\b[^.!?\n]{0,40}?\b(?:i should|so should i|so can i|why can't i|i (?:can|could) too|me too|then i|i don't see why)\b`,
            re`\bi should (?:also )?be (?:allowed|able) to (?:work )?(?:from home|remotely)\b`,
          ],
        },
        {
          message: 'This announces a decision instead of asking; a manager who feels consulted is far more likely to agree. Phrase it as a proposal.',
          cues: [
            re`\bi(?:'ve| have) (?:now )?decided (?:to|that|i)\b`,
            re`\bi will (?:be )?(?:start(?:ing)?|begin(?:ning)?) (?:to )?work(?:ing)? (?:from home|remotely)\b`,
            re`\b(?:starting|from) (?:next |this |on )?(?:${WEEKDAY}|week|month)\b[^.!?\n]{0,10}?,? i(?:'ll| will| am going to|'m going to) (?:be )?work\w*\b`,
            re`\bi(?:'ll| will) be working (?:from home|remotely) (?:on|every|from)\b`,
            re`\b(?:going forward|from now on|from today|as of (?:today|now|next week|${WEEKDAY})),? i(?:'ll| will| am going to|'m going to) (?:be )?(?:work\w*|wfh)\b`,
            re`\bi (?:expect|require) (?:you|this|that|approval|an answer)\b|\bi need you to (?:approve|sign|agree|accept|confirm)\b`,
            re`\b(?:this|it) is (?:already )?(?:decided|settled|final)\b`,
            re`\bi'm (?:informing|notifying|letting you know) (?:you )?that i (?:will|'ll)\b|\bplease (?:be advised|note) that i (?:will|'ll)\b`,
          ],
          traps: [
            re`\bi(?:'ve| have) (?:now )?decided to (?:ask|propose|raise|put|write|bring|check|reach out|suggest|request)\b`,
            re`\b(?:if|once|when|during|under|with|should)\b[^.!?\n]{0,80}?\bi (?:will|'ll) (?:be )?(?:start\w*|begin\w*)? ?(?:to )?work\w* (?:from home|remotely)\b`,
            re`\bi (?:will|'ll) (?:be )?(?:start\w*|begin\w*)? ?(?:to )?work\w* (?:from home|remotely)\b[^.!?\n]{0,80}?\b(?:if|once|provided|assuming|subject to|pending)\b`,
          ],
        },
      ],
    },
    'care-while-working': {
      severity: 'high',
      forms: [
        {
          message: 'It suggests caring for someone during working hours, which is the first worry a manager has; make clear care is arranged and home days are full working days.',
          cues: [
            re`\b${CARE_VERB} (?:my |the |our |a )?(?:\w+ )?${CHILD_OR_DEPENDANT}\b[^.!?\n]{0,40}?\b(?:while|whilst|during|at the same time(?: as)?|as)\b[^.!?\n]{0,15}?\b${WORKING_TIME}\b`,
            re`\b(?:while|whilst|during) ${WORKING_TIME}\b[^.!?\n]{0,40}?\bi(?:'ll| will| can| could| would|'d)? (?:also )?${CARE_VERB}\b`,
            re`\b(?:work|working) (?:from home )?(?:while|whilst) (?:also )?${CARE_VERB}\b`,
            re`\b(?:my |the |our )?(?:kids?|children|baby|toddlers?|son|daughter|little ones?) (?:will be|are|is|would be|can be|can stay|could stay) (?:at )?home with me\b`,
            re`\bwhile (?:the |my )?(?:kids?|children|baby|toddlers?|little ones?) (?:is |are )?(?:nap|napping|naps|asleep|sleep|sleeping)\b`,
            re`\bwork around (?:the |my )?(?:kids|children|baby|toddler|school run|nap)\w*\b`,
            re`\b(?:save|saving|saves) (?:me |us )?(?:a fortune |money |a lot |hundreds )?on (?:childcare|child care|daycare|day care|nursery|nursery fees|a nanny|babysitt\w*|after-school club)\b`,
            re`\b(?:no longer|won't|will not|wouldn't|would not) need (?:to pay for )?(?:childcare|child care|daycare|day care|nursery|a nanny|a childminder|after-school club)\b`,
            re`\b(?:cancel|drop|stop paying for|pull (?:him|her|them) out of) (?:the |our )?(?:childcare|daycare|nursery|nanny|childminder|after-school club)\b`,
          ],
          traps: [
            re`\b(?:care|childcare|child care|cover)\b[^.!?\n]{0,40}?\b(?:is|are|has been|have been|will be|'s|remains?) (?:already |fully |all )?(?:arranged|covered|sorted|in place|organi[sz]ed|booked|taken care of)\b[^.!?\n]{0,60}`,
            re`\b(?:not|never|won't|will not|wouldn't|would not|no longer|isn't|aren't|don't|do not|rather than)\b (?:be )?(?:\w+ ){0,2}?(?:look|car|mind|watch|supervis|babysit|tak|homeschool|home-school|keep|be with|be home)\w*\b[^.!?\n]{0,80}`,
            re`\b(?:my (?:partner|wife|husband|mum|mom|mother|dad|father|nanny|childminder|au pair|parents?|in-laws?|sister|brother)|our (?:nanny|childminder|au pair)|an? (?:nanny|childminder|carer|sitter|babysitter|au pair)|grandparents?|someone else|they|he|she) (?:\w+ )?(?:will |would |can |is going to |are going to )?(?:look(?:s|ing)? after|cares? for|minds?|watch(?:es)?|takes? care of|babysits?|collects?|picks? up|be with|has|have)\b[^.!?\n]{0,60}`,
          ],
        },
      ],
    },
    hedging: {
      severity: 'low',
      message: 'Apologies and hedges throughout make the request sound unsure of itself; state the proposal plainly and let the plan carry it.',
      minCount: 3,
      wordsPerMatch: 100,
      cues: [
        re`\b(?:sorry|apologi[sz]e|apologies)\b`,
        re`\bi (?:was |am |'m )?(?:just )?(?:wondering|hoping) (?:if|whether)\b|\bi (?:was )?just (?:wanted|thought|checking|asking|hoping|wondering)\b|\bjust (?:a quick|a small|a thought|an idea|to check)\b`,
        re`\b(?:maybe|perhaps|possibly|hopefully|probably)\b`,
        re`\bi (?:think|guess|feel like|suppose)\b`,
        re`\b(?:kind of|sort of|a little bit|a bit)\b`,
        re`\b(?:no pressure|no worries if not|feel free to say no|totally understand if|completely understand if|i understand if (?:not|you)|if (?:it's|it is) not too much|if that's (?:ok|okay|alright|all right)|if that makes sense|does that make sense)\b`,
        re`\bi know (?:this|it) (?:is|might be|may be|sounds) (?:a lot|a big ask|unusual|cheeky|a stretch)\b|\bi hate to ask\b|\bi don't want to (?:be a (?:bother|burden|pain)|impose|cause trouble)\b`,
        re`\bi'm not (?:sure|certain) (?:if|whether)\b|\bi hope (?:this|that|it) (?:is|isn't|'s) (?:ok|okay|alright|fine|not)\b`,
        re`\b(?:a silly|a stupid|a dumb) (?:question|idea|request)\b`,
      ],
      traps: [
        re`\b(?:a bit|a little bit) (?:more|less|earlier|later)\b`,
      ],
    },
    'office-complaint': {
      severity: 'medium',
      forms: [
        {
          message: 'Complaints about the office, colleagues or meetings read as escaping rather than improving; describe the upside of home days instead.',
          cues: [
            re`\b(?:the|this|our) office (?:is|gets|has become|can be) (?:so |too |really |very |incredibly |unbearably )?(?:noisy|loud|distracting|cold|freezing|hot|depressing|awful|terrible|crowded|chaotic|a zoo|unbearable|a nightmare|a circus|a madhouse|toxic|miserable)\b`,
            re`\b(?:open-plan|open plan|the office|office|cubicle) (?:noise|chatter|distractions?|gossip|politics|drama)\b`,
            re`\b(?:too many|endless|pointless|useless|constant|unnecessary|needless|so many) (?:meetings|interruptions|distractions)\b`,
            re`\bmeetings (?:are|feel) (?:a )?(?:waste of time|pointless|useless|endless|a joke)\b|\bwaste of (?:my )?time\b`,
            re`\b(?:my |the |some )?(?:colleagues|co-?workers|teammates|people (?:here|in the office)|others in the office) (?:are|keep|won't stop|never stop|constantly|always) (?:so |really |very |constantly |always )?(?:noisy|loud|annoying|distracting|interrupting|chatting|talking|gossiping|rude|lazy|unprofessional|disruptive)\b`,
            re`\b(?:can't|cannot|can not|unable to|impossible to) (?:concentrate|focus|think|get anything done|work)\b[^.!?\n]{0,20}?\b(?:in|at) (?:the|this) office\b`,
            re`\b(?:hate|dread|can't stand|cannot stand) (?:the|this|my|being in the|coming into the|going into the) (?:office|open plan|meetings|commute)\b|\b(?:sick|tired) of (?:the|this) (?:office|meetings|noise|open plan)\b`,
            re`\b(?:noisy|loud|annoying|toxic|gossipy|distracting) (?:colleagues|co-?workers|teammates|office|environment|workplace)\b|\bmicromanag\w*\b`,
          ],
        },
      ],
    },
    'group-request': {
      severity: 'medium',
      forms: [
        {
          message: 'A request on behalf of several people feels like an ambush and invites a blanket no; make your own request, on your own role and record.',
          cues: [
            re`\bon behalf of (?:the|our|my|several|a few|some) (?:team|department|group|colleagues|of us)\b`,
            re`\b(?:we|all of us|several of us|a few of us|some of us|the (?:whole )?team) (?:would (?:all )?like|are (?:all )?asking|all want|have (?:all )?agreed|(?:formally )?request)\b[^.!?\n]{0,40}?\b(?:work(?:ing)? (?:from home|remotely)|remote|hybrid|wfh)\b`,
            re`\b(?:we've|we have) (?:all )?(?:signed|put together|drafted) (?:a |this )?(?:petition|joint letter|letter)\b|\bpetition\b`,
          ],
        },
      ],
    },
    'pay-cut': {
      severity: 'low',
      forms: [
        {
          message: 'Offering pay up front gives away the costliest concession, and pay cuts tend to stay; keep it as a last resort for the meeting.',
          cues: [
            re`\b(?:take|accept|taking|accepting) a (?:\d+ ?% )?(?:pay|salary) cut\b`,
            re`\b(?:reduce|lower|cut) my (?:salary|pay|wage)\b`,
            re`\b(?:give up|forgo|forego|skip|defer|waive) (?:my )?(?:next )?(?:pay rise|raise|salary increase|pay increase|bonus)\b`,
            re`\b(?:lower|reduced) (?:salary|pay)\b`,
          ],
        },
      ],
    },
    overclaiming: {
      severity: 'low',
      forms: [
        {
          message: 'Sweeping claims ("studies prove", big percentages, guarantees) are easy to puncture; cite one specific study or, better, your own numbers and the trial.',
          cues: [
            re`\b(?:i )?guarantee[sd]?\b`,
            re`\b(?:studies|research|science|data|statistics) (?:prove|proves|have proven|has proven|shows? conclusively|clearly shows?)\b|\bproven (?:fact|to (?:increase|boost|improve|make))\b|\bit is proven\b`,
            re`\bit's (?:a )?(?:proven |well-known )?fact that\b|\beveryone knows\b|\bwithout (?:any|a) doubt\b`,
            re`\b\d{2,3} ?(?:%|percent|per cent) (?:more|higher|better|increase in) (?:productiv\w*|efficien\w*|output)\b`,
            re`\b(?:twice|two times|three times|2x|3x|10x) (?:as|more) productive\b|\b(?:always|definitely|certainly) (?:be )?more productive\b`,
          ],
          traps: [
            re`\b(?:can't|cannot|can not|no|don't|won't) guarantee\b`,
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
      start: {
        cues: [
          re`\b(?:start(?:ing|s)?|begin(?:ning|s)?|commenc(?:e|es|ing)|from(?! (?:home|the office|my|our|your|the team|you)\b)|as of|effective|kick(?:ing)? off|go live)\b[^.!?\n]{0,25}?\b(?:the \d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:${MONTH}|may)\b|(?:${MONTH}|may) \d{1,2}(?:st|nd|rd|th)?\b|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|(?:next|this|the (?:first|second|start of|beginning of|week of))(?: next)? (?:week|month|quarter|sprint|term|year|${WEEKDAY}|${MONTH}|may)\b|(?:on )?${WEEKDAY}\b|(?:in|early|mid|late|the end of) (?:${MONTH}|may)\b|${MONTH}\b|the new year\b|(?:right )?after the (?:\w+ )?(?:launch|release|holidays|break|quarter|migration)\b|once (?:the|our) \w+|q[1-4]\b|in (?:\d+|one|two|three|four|a few|a couple of) (?:weeks?|months?)(?:'s?)? time\b)`,
          re`\b(?:start|starting|begin|beginning|from) (?:right away|immediately|straight away|tomorrow|next week|next month|this month)\b`,
          re`\b(?:wfh|work(?:ing)? (?:from home|remotely)|home)\b[^.!?\n]{0,20}?\b(?:tomorrow|today|this (?:${WEEKDAY}|week)|next ${WEEKDAY})\b`,
        ],
      },
      asks: [
        re`\b(?:work(?:ing)? (?:from home|remotely)|remote (?:work|working)|home working|wfh|hybrid (?:pattern|schedule|arrangement|working))\b`,
      ],
    },
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
    ],
  },
  greeting: /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|morning|afternoon|greetings)\b(?:[^\n,!:.]{0,40}?[,!:.]|[^\n,!:.]{0,40}(?=\n|$))/i,
};

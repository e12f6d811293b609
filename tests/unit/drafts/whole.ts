/**
 * Whole request emails written for the coach's tests, from strong to weak, in the shapes a
 * compose body really takes: plain paragraphs, bullet lists, British and American spelling,
 * curly quotes, replies with quoted history, signatures.
 */

/** Covers every facet with no tone problem, American spelling. */
export const STRONG_US = `Hi Sam,

I'd like to propose working from home on Tuesdays and Thursdays, starting March 3, as a six-week trial. Two protected focus days a week would help me deliver my share of the Q3 launch sooner and with fewer slips.

On home days I'll be online 9:00–5:30, join the daily stand-up on video, and reply on Slack within 30 minutes. Every Friday I'll send you a short note on what I finished and what's next.

To judge it, we could track tickets resolved per week (currently about 35) and my review turnaround, and I'll keep both at or above my current level. I'll keep Mondays, Wednesdays and Fridays in the office, and I'm happy to come in at short notice for anything important. I'll use my own equipment at no cost to the company.

In my three years here I've delivered every release on time, and I already worked remotely during the rail strikes without any drop in output.

Could we find 20 minutes this week to talk it through? At the end of the trial we can review how it went and decide together whether to keep it, adjust it or stop it.

Thanks,
Alex`;

/** Covers every facet with no tone problem: British spelling, a bullet list, curly quotes. */
export const STRONG_UK = `Dear Sam,

I\u2019d like to propose a 3-month pilot of home-based Wednesdays and Fridays, beginning on 7 April. It would give me uninterrupted time to organise the grants programme, which is the department\u2019s top priority this year.

How it would work:
\u2022 I\u2019d be reachable on Teams throughout core hours (9.00\u201317.00) and answer queries within the hour.
\u2022 A weekly summary every Friday afternoon, colour-coded by project status.
\u2022 We\u2019d measure it against my baseline: applications processed per week (currently 60) and the error rate at audit.
\u2022 I\u2019ll come into the office whenever a funder visits, and during the year-end close I\u2019ll be on site full time.

I\u2019ve been with the organisation for six years, and my last appraisal rated me \u201cexceeds expectations\u201d.

Would you be open to discussing this at our next one-to-one? I\u2019ll bring a one-page plan, and we could reassess the arrangement at the end of the pilot.

Kind regards,
Priya`;

/** Everything the guidance warns against. */
export const WEAK = `Hey Sam,

My commute is killing me and I need to spend more time with my dog. Everyone else on the team already works from home, so it's only fair that I do too. I deserve it after all these years. If this isn't possible, I'll have to start looking elsewhere; I've had other job offers.

Also the office is so noisy that I can't concentrate in this office. I'd look after my kids while working, which would save us a fortune on childcare.

Sorry, I know this is a big ask, maybe I'm just being silly, I think it could kind of work?

Alex`;

/** A good request that says far too much: every facet, but over 400 words. */
export const LONG = `Hi Sam,

I hope you had a good break. I've been thinking for a while about how I could do my best work on the reporting side, and I'd like to propose working from home two days a week, on Tuesdays and Thursdays, starting from the first week of May, as a three-month trial with a review meeting at the end.

The main reason is the reporting backlog. Right now I rarely get more than an hour without an interruption, and the monthly pack needs long stretches of concentration. Two focus days a week would let me deliver the pack sooner and cut the rework we keep seeing in the regional figures, which I know is one of your priorities for the year. It would also let me cover the early calls with the Singapore office, which are hard to make from the train.

Here is how I would keep things running. I'd be online from 8:30 to 5:00 on home days, with my calendar kept current. I'd answer messages on Teams within 30 minutes, join the daily stand-up on video, and send you a weekly note on Friday afternoons listing what I finished, what's next and anything that's blocked. If something needs me in person, I'm happy to come in at short notice; I'm forty minutes away. During the quarter-end close I would be in the office every day, as I am now.

On measurement, I'd suggest we judge it on three things: the reporting pack delivered by the fifth working day (currently the seventh), the number of corrections after release (currently around twelve a month), and my reply time during core hours. We can compare those with my last six office weeks before the trial starts, so we both have a baseline.

As for my record, I've been with the company for four years, I led the move to the new finance system last spring, and my last two performance reviews were strong. I also worked from home for three weeks during the office refurbishment last year, and the month-end pack went out on time every time.

I'll use my own laptop stand, monitor and broadband at no cost to the company, and the company laptop stays on the VPN. I have a separate room with a door that closes.

At the end of the three months we can review how it went and decide together whether to keep it, adjust it or stop it. Could we find half an hour next week to talk it through? I'm happy to put together a one-page plan beforehand.

Many thanks,
Jordan`;

/** A Gmail reply: the user's words, then Gmail's attribution line and the quoted message. */
export const GMAIL_REPLY = `Thanks Sam, that works for me.

On Mon, 3 Mar 2025 at 10:00, Sam Smith <sam@example.com> wrote:
> Could we do a six-week trial with a review? We'd measure tickets per week.
> Everyone else already works from home, so it's only fair.
> I'll have to look elsewhere otherwise.
`;

/** Gmail wraps a long attribution line, and the quoted text has no > marks when pasted as plain text. */
export const GMAIL_REPLY_WRAPPED = `Sounds good, see you Thursday.

On Monday, 3 March 2025 at 10:00:12 GMT, Samantha Smith-Jones <samantha.smith-jones@example.com>
wrote:

Let's run a six-week pilot and track first-response time. I deserve this.
`;

/** An Outlook reply: the user's words, a separator, the header block and the earlier message. */
export const OUTLOOK_REPLY = `Thanks Sam, I'll send the plan tomorrow.

________________________________
From: Sam Smith <sam@example.com>
Sent: Monday, March 3, 2025 10:00 AM
To: Alex Doe <alex@example.com>
Subject: Re: Home days

We can trial Tuesdays from home; I'd like to measure tickets per week. The office is so noisy anyway.
`;

/** Older Outlook and many desktop clients mark the history this way. */
export const ORIGINAL_MESSAGE = `Happy with that, thank you.

-----Original Message-----
From: Sam Smith
Subject: Home days

Could we trial it for six weeks? Everyone else works from home, so it's only fair.
`;

/** Bottom-posted reply with the user's answers between quoted lines. */
export const INLINE_REPLY = `> Which days would you want?
Tuesdays and Thursdays, from 3 March.
> And how would we know it works? I deserve to know.
We could track tickets resolved per week.
> Sounds like a trial then.
`;

/** Own words, then a signature full of numbers and job words. */
export const WITH_SIGNATURE = `Hi Sam,

Could I work from home on Fridays from next month?

-- 
Alex Doe | Senior Analyst, Reporting Team
+44 20 7946 0958 | KPI dashboards | 98% customer satisfaction
Sent from the office, where I deserve a quieter desk`;

/** Words used in another sense: none of these is a facet or a finding. */
export const TRAPS = `Hi Sam,

Following up on our chat. My sister is running a clinical trial, my cousin was called up for a court trial, and getting the build to work was a lot of trial and error. I also did the trial run of the new software for finance.

My phone number is 07700 900123 and my new address starts on 12/03.

I have two children; childcare is arranged during my working hours.

I'd hate to leave things unfinished on the migration.

Alex`;

// The conversation of the default card's chat (2725, DEAL 42): long enough that a first page
// of 50 is full and earlier messages page back, with every kind of message a card must show
// and every markup rule of contract §5. Texts are as im.dialog.messages.get carries them, but
// for the short user tags (`[USER=4][/USER]`), which the answer expands (Text::parse).

/** A file attached to a message (an entry of the answer's `files`). */
export interface SeedFileSpec {
  name: string;
  size: number;
  /** Pixel size of an image; absent for other files. */
  image?: { width: number; height: number };
}

/** One line of a seeded conversation, before ids and dates are given to it. */
export interface ConversationLine {
  /** 0 for a system message. */
  authorId: number;
  text: string;
  params?: Record<string, unknown>;
  files?: SeedFileSpec[];
  /** A system message posted with SKIP_COUNTER_INCREMENTS (joins, leaves): nobody's unread. */
  silent?: boolean;
}

/** A day of a conversation: how many days before the portal's clock it starts. */
export interface ConversationDay {
  daysAgo: number;
  lines: ConversationLine[];
  /** Instead of `daysAgo`: the last line this many minutes before the clock, each earlier one
   * 17 minutes before the next (the chats' different last activity in im.recent.list). */
  lastMinutesAgo?: number;
}

const say = (authorId: number, text: string, extra: Partial<ConversationLine> = {}) => ({
  authorId,
  text,
  ...extra,
});

const joined = (text: string): ConversationLine => ({
  authorId: 0,
  text,
  params: { CODE: ['CHAT_JOIN'], NOTIFY: 'N' },
  silent: true,
});

const left = (text: string): ConversationLine => ({
  authorId: 0,
  text,
  params: { CODE: ['CHAT_LEAVE'], NOTIFY: 'N' },
  silent: true,
});

// Users: 1 Anna Admin, 2 Mark Member (the default user), 4 Ivan Petrov (responsible), and 5
// Sofia Lang, a former member whose avatar URL no browser can load.
export const DEAL_42_CONVERSATION: readonly ConversationDay[] = [
  {
    daysAgo: 6,
    lines: [
      joined(
        '[USER=4][/USER] invited [USER=1][/USER], [USER=2][/USER], [USER=5][/USER] to the chat.',
      ),
      say(
        4,
        'Hi all, this is the chat for the Acme website redesign. Kick-off with Acme is on Monday.',
      ),
      say(1, 'Welcome! The staging portal is ready for the new theme.'),
      say(2, 'I will prepare the mock-ups by Friday.'),
      say(5, "Hi! I'm Sofia from the design team, I'll help Mark with the mock-ups."),
      say(4, 'Scope: home page, product pages, blog and the contact form.'),
      say(2, 'Do we keep the old URL structure? Acme asked about SEO.'),
      say(1, 'Yes, keep it. Redirects for anything that moves.'),
      say(4, 'Budget confirmed: 48 000 EUR.'),
      say(5, 'I started a moodboard, will share tomorrow.'),
      say(2, 'Thanks Sofia!'),
    ],
  },
  {
    daysAgo: 5,
    lines: [
      say(5, 'Moodboard is ready, comments welcome.'),
      say(2, 'Looks great. The blue is a bit dark for me.'),
      say(4, 'Acme likes the layout, they want bigger product photos.'),
      say(1, 'I can set up image resizing on staging.'),
      say(5, 'Fonts: Inter for text, Playfair for headings.'),
      say(2, 'Agreed.'),
      say(4, 'Call with Acme at 15:00, who joins?'),
      say(1, 'Me.'),
      say(2, 'Me too.'),
      say(4, 'Good. I will send the invite.'),
      say(5, 'I have to drop off early today.'),
      say(2, 'No problem.'),
      say(4, 'Acme sent their brand book, it is on the drive.'),
      say(1, 'Got it.'),
    ],
  },
  {
    daysAgo: 4,
    lines: [
      say(2, 'Home page mock-up v1:', {
        files: [{ name: 'acme-home-v1.png', size: 482_133, image: { width: 1440, height: 900 } }],
      }),
      say(5, 'The hero image is a placeholder for now.'),
      say(4, 'Acme: "much better". Two small changes in the footer.'),
      say(2, 'On it.'),
      say(1, 'Staging has the new fonts.'),
      say(5, 'The product page draft comes on Wednesday.'),
      say(4, 'Can we have it by Thursday?'),
      say(2, 'Yes, Thursday even.'),
      say(2, 'Sofia moves to another project next week, I take over the designs.'),
      say(4, 'Thanks Mark.'),
      say(1, 'I will move her files to the shared folder.'),
    ],
  },
  {
    daysAgo: 3,
    lines: [
      say(4, 'Signed proposal for phase 2.', {
        files: [{ name: 'Acme proposal (signed).pdf', size: 183_044 }],
      }),
      say(2, 'Great!'),
      say(1, 'Invoice request sent to accounting.'),
      say(2, 'Demo went well, they asked for one more round on colours.'),
      say(4, 'Fine, as long as the go-live date holds.'),
      say(2, 'It does.'),
      say(1, 'Backups of staging are running nightly now.'),
      say(4, 'Thanks.'),
    ],
  },
  {
    daysAgo: 2,
    lines: [
      say(2, 'Colours round 2 is on staging.'),
      say(4, 'Sent both to Acme.'),
      say(1, 'Staging is back.'),
      say(2, 'Thanks Anna.'),
      say(4, 'Acme wants a demo on Friday at 11:00.'),
      say(2, 'I will prepare it.'),
      say(1, 'I will make sure staging is stable until then.'),
      say(4, 'Forwarded to Acme.'),
      say(1, 'One more thing: the cookie banner needs legal approval.'),
      say(2, 'I will ask Acme for their legal contact.'),
    ],
  },
  {
    // The card's first page (the latest 20, and the 4 unread the portal adds) holds every kind
    // of message the card must render: a system one, the markup rules, files, edited, deleted.
    daysAgo: 1,
    lines: [
      say(5, 'Product page draft next. Handing over to Mark, thanks everyone!'),
      left('[USER=5][/USER] left the chat.'),
      say(
        4,
        '[b]Scope[/b] for phase 2: [i]search[/i], [u]accessibility audit[/u], [s]chat widget[/s] (dropped).',
      ),
      say(2, 'Agenda for Monday:[br]1. Layout[br]2. Colours[br]3. Timeline'),
      say(4, 'Notes from the call:\n- bigger photos\n- fewer fonts\n- dark footer'),
      say(1, '[quote]I will prepare the mock-ups by Friday.[/quote]Is that still on?'),
      say(4, 'The brief: [url]https://example.com/acme/brief[/url]'),
      say(1, 'Old site for reference: [url=http://example.com/acme/old]the current site[/url]'),
      say(2, 'All details are on [url=/crm/deal/details/42/]the deal card[/url].'),
      say(4, 'Colours: navy, sand and coral.', { params: { IS_EDITED: 'Y' } }),
      // Deleted: V2 empties the text; the answer then says so (Chat::getMessages).
      say(2, '', { params: { IS_DELETED: 'Y' } }),
      say(
        1,
        'Someone posted [url=javascript:alert(1)]click[/url] in the Acme channel, do not open it.',
      ),
      say(4, 'Their CMS export has this in a title: <img src=x onerror=alert(1)>'),
      say(2, '[USER=3][/USER] from accounting asks when we invoice the first milestone.'),
      say(4, '[USER=2]Mark Member[/USER], after the Thursday review.'),
      say(1, '[color=#e8a441]Heads-up[/color]: staging goes down for maintenance tonight.'),
      say(
        2,
        'The old menu labels look like &lt;b&gt;Products&lt;/b&gt; in the export, I will clean them up.',
      ),
      say(4, '[B]Reminder[/B]: [I]timesheets[/I] by Friday.'),
      say(2, 'Product page v2 and the footer:', {
        files: [
          { name: 'acme-product-v2.png', size: 391_804, image: { width: 1440, height: 1800 } },
          { name: 'footer-notes.pdf', size: 84_211 },
        ],
      }),
    ],
  },
  {
    daysAgo: 0,
    lines: [
      say(2, 'Legal contact: Jane Roe, she is in the CRM.'),
      // The default user's unread messages (seed.ts: unread { 2: 4 }).
      say(4, 'Acme approved the second draft.'),
      say(1, 'Great news! I will schedule the go-live.'),
      say(4, '[b]Go-live[/b]: next Tuesday, 10:00.'),
      say(1, 'Staging is frozen until then.'),
    ],
  },
];

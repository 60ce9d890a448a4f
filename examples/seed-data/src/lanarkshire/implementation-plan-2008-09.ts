import { type Column, communityJusticeAuthorities, type Plan, planLayouts } from "@cja-kit/core";
import { bullets, c, timescale } from "../build";

// Lanarkshire CJA, Draft Implementation Plan 2008-09 (seed 003), verbatim. The progress column of
// its Quarter 2 update is in ./progress-2008-09-q2.ts.

/** The columns of a table whose header writes "When will it be done by" without "?". */
const columnsWithoutQuestionMark: Column[] = [
  { field: "number", label: "Action Number" },
  { field: "aim", label: "Aim" },
  { field: "objective", label: "Objective" },
  { field: "milestones", label: "Milestones" },
  { field: "timescale", label: "When will it be done by" },
  { field: "lead", label: "Lead responsibility" },
  { field: "progress", label: "Progress" },
];

/** Lanarkshire CJA's Draft Implementation Plan 2008-09 (seed 003). */
export const lanarkshireImplementationPlan2008_09: Plan = {
  id: "lanarkshire/implementation-plan-2008-09",
  kind: "implementation-plan",
  title: "DRAFT IMPLEMENTATION PLAN 2008-09",
  authority: communityJusticeAuthorities.lanarkshire,
  period: { from: "2008-09", to: "2008-09" },
  areaPlanPeriod: { from: "2008-09", to: "2010-11" },
  outcomeFramework: "nsmo-2006",
  cover: { lines: ["LANARKSHIRE COMMUNITY JUSTICE AUTHORITY"] },
  columns: [...planLayouts["lanarkshire-implementation-plan"].columns],
  themes: [
    {
      number: "2.",
      title: "Offender Groups",
      themes: [
        {
          number: "2.1",
          title: "Violent Serious & Sex Offenders",
          themes: [
            {
              localOutcomes: c(bullets("Minimise the harm caused to individuals & communities")),
              actions: [
                {
                  number: "2.1.3",
                  aim: c(
                    "Facilitate the development and implementation of risk assessment tools and implementation of groupwork programmes.",
                  ),
                  objective: c(
                    "Communicate with bodies such as RMA, Effective Practice Unit, Joint Accreditation Panel and Scottish Centre for Criminal Justice",
                  ),
                  rows: [
                    {
                      milestones: c(
                        bullets(
                          "LS-CMI implementation in Lanarkshire – including roll out of joint training",
                          "Implementation of accredited social work programmes e.g. CSOGP",
                        ),
                      ),
                      timescale: timescale("April 2008", "September 2008"),
                      lead: c("Criminal Justice Service Manager"),
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          number: "2.4",
          title: "Less serious/first time offenders, including persistent & Young offenders",
          themes: [
            {
              localOutcomes: c(bullets("Deal with these offenders promptly and effectively")),
              columns: columnsWithoutQuestionMark,
              actions: [
                {
                  number: "2.4.1",
                  aim: c(
                    "Facilitate the development of “diversion” for appropriate offenders at all stages of the Criminal Justice System.",
                  ),
                  objective: c(
                    "Audit current diversion schemes/practice’s and assesses the potential for future developments.",
                  ),
                  rows: [
                    {
                      milestones: c(
                        "Prepare a report that identifies where, diversion is used at present and highlights any gaps in provision",
                      ),
                      timescale: timescale("July 2008"),
                      lead: c("LCJA Chief Officer"),
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          number: "2.5",
          title: "Offender Outcomes",
          themes: [
            {
              localOutcomes: c(
                bullets(
                  "To sustain or improve physical & mental well-being",
                  "to reduce or stabilise substance misuse",
                ),
              ),
              columns: columnsWithoutQuestionMark,
              actions: [
                {
                  number: "2.5.1",
                  aim: c(
                    "Facilitate the audit of any overlap between agencies with regards to substance misuse.",
                  ),
                  objective: c(
                    "Form to be developed and distributed to obtain information on role of agency, client group and geographical catchment area etc.",
                  ),
                  rows: [
                    {
                      milestones: c(bullets("Audit carried out", "Report published")),
                      timescale: timescale("July 2008", "September 2008"),
                      lead: c("ADAT", "ADAT"),
                    },
                  ],
                },
              ],
            },
            {
              localOutcomes: c(
                bullets(
                  "To improve ability to access and sustain suitable accommodation",
                  "To improve ability to live independently, if they choose",
                ),
              ),
              columns: columnsWithoutQuestionMark,
              actions: [
                {
                  number: "2.5.7",
                  aim: c("Ensure the effective implementation of NASSO."),
                  objective: c(
                    "All accommodation needs assessed and effectively dealt with in relation to registered sex offenders.",
                  ),
                  rows: [
                    {
                      milestones: c(
                        bullets(
                          "Ensure NASSO fully integrated within MAPPA arrangements (through MAPPA annual report)",
                        ),
                      ),
                      timescale: timescale("August 2008"),
                      lead: c("MAPPA steering group chair"),
                    },
                  ],
                },
              ],
            },
            {
              localOutcomes: c(
                bullets(
                  "To improve the attitude or behaviour which leads to offending and greater acceptance of responsibility in managing their own behaviour and understanding the impact of their offending behaviour on victims and their own families",
                ),
              ),
              columns: [
                { field: "number", label: "Action Number" },
                { field: "aim", label: "Objective" },
                { field: "objective", label: "Specific" },
                { field: "milestones", label: "Milestones" },
                { field: "timescale", label: "When will it be done by" },
                { field: "lead", label: "Lead responsibility" },
                { field: "progress", label: "Progress" },
              ],
              actions: [
                {
                  number: "2.5.9",
                  aim: c("Ensure all work with offenders includes victim awareness."),
                  objective: c(
                    "All one-to-one and groupwork with offenders contains an element of victim awareness.",
                  ),
                  rows: [
                    {
                      milestones: c(
                        bullets(
                          "Obtain assurance from partners (through 6 monthly report) that:",
                          "Quality assurance of services includes victim awareness",
                          "Training and development of staff highlights victim awareness",
                        ),
                      ),
                      timescale: timescale("September 2008 (& 6 monthly thereafter)"),
                      lead: c("LCJA Chief Officer"),
                    },
                  ],
                },
              ],
            },
            {
              localOutcomes: c(
                bullets(
                  "To ensure the appropriate care of victims, including appropriate and timely information",
                ),
              ),
              columns: columnsWithoutQuestionMark,
              actions: [
                {
                  number: "2.5.11",
                  aim: c("Ensure victims obtain appropriate information/support."),
                  objective: c("Identify a specific point of contact for victims in each agency."),
                  rows: [
                    {
                      milestones: c(
                        bullets(
                          "List of contact details for these agencies to be available to all victim support organisations and  in public buildings",
                          "Review list to update details every three months",
                        ),
                      ),
                      timescale: timescale("July 2008", "November 2008."),
                      lead: c("LCJA Chief Officer", "Responsible Authorities and Partners"),
                    },
                  ],
                },
                {
                  number: "2.5.12",
                  aim: c("Ensure appropriate care is in place for victims of crime."),
                  objective: c("Victims to be able to obtain support services."),
                  rows: [
                    {
                      milestones: c(
                        bullets(
                          "Facilitate a bi annual meting with Victim Organisations and the major statutory criminal justice agencies to share what is needed and what is available",
                        ),
                      ),
                      timescale: timescale("July 2008/first meeting"),
                      lead: c("LCJA Chief Officer"),
                    },
                  ],
                },
                {
                  number: "2.5.13",
                  aim: c("Facilitate the development of services for victims of domestic abuse."),
                  objective: c("Take note of current practice and initiatives including MARAC."),
                  rows: [
                    {
                      milestones: c(
                        bullets(
                          "Obtain information and views regarding the effectiveness of initiatives such as MARAC and the use of tracking technology to protect victims of abuse",
                        ),
                      ),
                      timescale: timescale("July 2008"),
                      lead: c("LCJA Chief Officer"),
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      number: "3",
      title: "working in Partnership",
      themes: [
        {
          localOutcomes: c(
            bullets(
              "To increase community safety through cooperation between offender management agencies and wider partners",
            ),
          ),
          columns: columnsWithoutQuestionMark,
          actions: [
            {
              number: "3.4",
              aim: c("Facilitate the development of the community facing prison approach."),
              objective: c("SPS to produce proposals in consultation with partners."),
              rows: [
                {
                  milestones: c(bullets("Agree the best model for Lanarkshire and implementation timescale")),
                  timescale: timescale("July 2008"),
                  lead: c("LCJA chief officer"),
                },
              ],
            },
          ],
        },
      ],
    },
    {
      number: "4.",
      title: "Developing & Supporting the workforce",
      themes: [
        {
          localOutcomes: c(
            bullets(
              "A workforce with the appropriate skills mix and understanding of each others roles who are able to work effectively together to reduce re-offending",
            ),
          ),
          columns: columnsWithoutQuestionMark,
          actions: [
            {
              number: "4.1",
              aim: c("Facilitate opportunities for joint training between agencies."),
              objective: c("All training strategies/plans recognise the value of inter-agency working."),
              rows: [
                {
                  milestones: c(bullets("Examples of joint training already in place to be highlighted")),
                  timescale: timescale("September 2008"),
                  lead: c("Responsible Authorities and Partners"),
                },
              ],
            },
          ],
        },
      ],
    },
    {
      number: "6.",
      title: "Operational performance Framework",
      themes: [
        {
          localOutcomes: c(bullets("To assess the effectiveness of services in reducing re-offending")),
          columns: [
            { field: "number", label: "Action Number" },
            { field: "aim", label: "Aim" },
            { field: "objective", label: "Objective" },
            { field: "milestones", label: "Milestones" },
            { field: "timescale", label: "When will it be done by" },
            { field: "lead", label: "Lead responsibility" },
            { field: "progress", label: "progress" },
          ],
          actions: [
            {
              number: "6.1",
              aim: c("Monitor all partner agencies compliance with this plan."),
              objective: c("Each agency to report on progress against relevant actions."),
              rows: [
                {
                  milestones: c(bullets("Compliance reports returned")),
                  timescale: timescale("September 2008 & 1/4ly thereafter"),
                  lead: c("LCJA"),
                },
              ],
            },
            {
              number: "6.2",
              aim: c("Monitor current quality assurance systems."),
              objective: c("Agree information which will be supplied by partner agencies."),
              rows: [
                {
                  milestones: c(
                    bullets(
                      "LCJA to agree with partners which information from these systems will be submitted",
                    ),
                  ),
                  timescale: timescale("September 2008"),
                  lead: c("LCJA chief officer"),
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  appendices: [
    {
      title: "NATIONAL STRATEGY FOR THE MANAGEMENT OF OFFENDERS",
      blocks: [
        {
          kind: "outcome-list",
          framework: "nsmo-2006",
          style: "group-columns",
          headings: ["OUTCOMES FOR COMMUNITIES", "OUTCOMES FOR OFFENDERS", "OUTCOMES IN THE SYSTEM"],
        },
      ],
    },
  ],
};

import { communityJusticeAuthorities, type ProgressReturn } from "@cja-kit/core";
import { c, entry } from "../build";

// The Progress column of Lanarkshire CJA's Draft Implementation Plan 2008-09, Quarter 2 update
// (seed 003), verbatim. Each action has one row, so entries name the action only.

/** Lanarkshire CJA's Quarter 2 update on its Draft Implementation Plan 2008-09 (seed 003). */
export const lanarkshireProgress2008_09Q2: ProgressReturn = {
  id: "lanarkshire/progress-2008-09-q2",
  planId: "lanarkshire/implementation-plan-2008-09",
  title: "Quarter 2 update",
  authority: communityJusticeAuthorities.lanarkshire,
  period: { kind: "quarter", year: "2008-09", quarter: 2 },
  entries: [
    entry({
      action: "2.1.3",
      progress: c(
        "As a result of progress nationally, training will not be available until at the earliest April 2009.",
      ),
      byCouncil: [
        {
          council: "SLC",
          progress: c(
            "an induction group for CSOGP took place, with 8 offenders.  No one was identified as being suitable for the group work programme.  Individual work is being undertaken",
          ),
        },
        {
          council: "NLC",
          progress: c(
            "One CSOGP induction programme completed (10 service users).",
            "A relapse group and a core group have started",
            "Joint programme for women offenders being piloted in the community. Two women close to completing the Programme.   Fluctuating numbers of participants and agreed no further referrals being taken. Meeting with SPS still to be confirmed.",
          ),
        },
      ],
    }),
    entry({
      action: "2.4.1",
      progress: c("Links have been made with key agencies to take this work forward"),
    }),
    entry({ action: "2.5.1", progress: c("Audit not required as ADAT have information available") }),
    entry({
      action: "2.5.7",
      progress: c(
        "SLC are currently implementing the NASSO guidance in accordance with MAPPA in relation to the housing of both registered sex offenders and high risk violent offenders. Information sharing procedures in accordance with MAPPA guidance is being developed and is anticipated to be finalised by March 2009.",
      ),
    }),
    entry({
      action: "2.5.9",
      progress: c(
        "Discussions with social work heads of service and the training and development officer gives required assurance",
      ),
    }),
    entry({
      action: "2.5.11",
      progress: c("Will be included in agenda for victims forum meeting in December"),
    }),
    entry({ action: "2.5.12", progress: c("Meeting scheduled for 19th December") }),
    entry({
      action: "2.5.13",
      progress: c("CO attending domestic abuse events/meetings to gather information"),
    }),
    entry({
      action: "3.4",
      progress: c("Working with partners in development of Lanarkshire focus at HMP Addiewell"),
    }),
    entry({
      action: "4.1",
      progress: c(
        "Training and Development officer undertaken an audit of training undertaken by staff to identify gaps.",
      ),
    }),
    entry({ action: "6.1", progress: c("complete") }),
    entry({
      action: "6.2",
      progress: c("Ongoing through development of local and national performance framework"),
    }),
  ],
};

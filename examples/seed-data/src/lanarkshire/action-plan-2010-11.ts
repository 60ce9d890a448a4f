import { communityJusticeAuthorities, type Plan, planLayouts } from "@cja-kit/core";
import { c, p, refs, timescale, unmarked } from "../build";

// The action plan 2010-11 behind Lanarkshire CJA's Quarter 2 progress, July - September 2010
// (seed 001), verbatim. The Progress column is in ./progress-2010-11-q2.ts.

/** Lanarkshire CJA's action plan 2010-11, as its Quarter 2 return (seed 001) shows it. */
export const lanarkshireActionPlan2010_11: Plan = {
  id: "lanarkshire/action-plan-2010-11",
  kind: "action-plan",
  authority: communityJusticeAuthorities.lanarkshire,
  period: { from: "2010-11", to: "2010-11" },
  areaPlanPeriod: { from: "2008-09", to: "2010-11" },
  outcomeFramework: "sg-national-outcomes-2007",
  cover: { lines: ["LANARKSHIRE COMMUNITY JUSTICE AUTHORITY"] },
  columns: [...planLayouts["lanarkshire-quarterly-progress"].columns],
  themes: [
    {
      title: "National Outcome 9: We live our lives safe from crime, disorder and danger",
      outcomeRefs: refs("National Outcome 9", "sg-national-outcomes-2007"),
      actions: [
        {
          number: "1",
          rows: [
            {
              localOutcome: c("Minimise the harm caused to individuals & communities"),
              localTarget: c(
                "Maintain current effective practice for MAPPAs and to monitor proposals to extend MAPPAs to violent offenders",
              ),
              detail: c(
                "MAPPAs performance update to be provided regularly",
                "Chief Officer invited to be a member of MAPPAs Strategic Oversight Meeting",
                "MAPPAs Annual report for 2009/10 presented to LCJA Board",
              ),
              frequency: c("6 weekly / CJSW"),
              timescale: timescale("Immediate & ongoing", "27 October 2010", "3 December 2010"),
              lead: c("MAPPAs steering Group Chair"),
            },
            {
              localTarget: c("Monitor the operation of Integrated Case Management case conferences."),
              detail: c("National target of 85% attendance at ICM case conferences."),
              frequency: c("Monthly/SPS"),
              timescale: timescale("Immediate and ongoing"),
              lead: c("SPS"),
            },
          ],
        },
        {
          number: "2",
          rows: [
            {
              localOutcome: c("Tackle those personal issues which contribute to reoffending"),
              localTarget: c("Reduce and stabilise substance misuse"),
              detail: c(
                "CJA have taken practical steps such as the commitments made through monies made available for women offenders deal more effectively with this area.",
              ),
              frequency: c("Lanarkshire Annually / CJSW"),
              timescale: timescale("Monies provided January 2010"),
              lead: c("CJSW"),
            },
            {
              detail: c(
                "Terms of reference have been agreed with key partners (LA's/ADP) which will shape services in relation to addiction issues for offenders.",
              ),
              frequency: c("Ongoing"),
              timescale: timescale("October 2010"),
              lead: c("ADP"),
            },
            {
              detail: c(
                "Comprehensive pack provided by NLC on key services in Lanarkshire relating to: alcohol and drug services, Health and well being services, employability services and victim services.",
              ),
              frequency: c("All partners to provide information on services available."),
              timescale: timescale("Ongoing"),
              lead: c("ADP"),
            },
          ],
        },
      ],
    },
    {
      title:
        "National Outcome 11: We have strong resilient and supportive communities where people take responsibility for their own actions and how they affect others",
      outcomeRefs: refs("National Outcome 11", "sg-national-outcomes-2007"),
      actions: [
        {
          number: "3",
          rows: [
            {
              localOutcome: c(
                "Our communities feel safer and more confident because they see offenders being effectively managed.",
              ),
              localTarget: c(
                "To increase public confidence that effective measures are in place to reduce re-offending and protect communities from harm.",
              ),
              detail: c(
                p("Continue to use opportunities to promote the work of LCJA and partners:"),
                unmarked(
                  "NLC/LCJA attended Herald Society Awards 2009.",
                  "LCJA Annual Report 2009-10 now available and widely distributed.",
                  "LCJA Area Plan 2011-14 approved by Scottish Government and distributed to partners.",
                  "LCJA website regularly updated with key documents.",
                  "Initial meeting to be arranged with Victim Support Scotland & LA's to scope out how they can work together on CPO/Diversion.",
                  "'Communication' now a standing item on regular liaison meetings with LA's and SPS.",
                ),
              ),
              frequency: c(
                "28 October 2010",
                "3 December 2010",
                "5 November 2010",
                "Ongoing",
                "TBA",
                "20 October 2010",
              ),
              timescale: timescale("Ongoing"),
              lead: c("LCJA"),
            },
          ],
        },
      ],
    },
    {
      title:
        "National Outcome 15: Our public services are high quality, continually improving, efficient and responsive to local people's needs.",
      outcomeRefs: refs("National Outcome 15", "sg-national-outcomes-2007"),
      actions: [
        {
          number: "4",
          rows: [
            {
              // Split by a page break without a `cont./` marker: "…to effectively manage" + "cases.",
              // "multi-" + "agency working and programme delivery.", and the unmarked list goes on.
              localOutcome: c(
                "To support the provision of appropriate interventions for offenders and to effectively manage cases.",
              ),
              localTarget: c(
                "Sustain and improve staff learning and development which takes into account multi-agency working and programme delivery.",
              ),
              detail: c(
                p(
                  "Be responsive to training needs associated with changes to legislation/procedures/practice.",
                ),
                unmarked(
                  "Training on Community Payback Orders undertaken",
                  "LCJA Training and Development Officer Report on feedback from training prepared.",
                ),
              ),
              timescale: timescale("Current"),
              lead: c("LCJA"),
            },
            {
              localOutcome: c(
                "To ensure that LCJA compliments the wider community safety agenda through the Community Planning Partnerships.",
              ),
              localTarget: c(
                "LCJA is fully integrated with planning processes led by North and South Lanarkshire Council's",
              ),
              detail: c(
                "Key contacts have been established to ensure that work in LCJA area is fully reflected in the Single Outcome Agreement for both LA and key objectives from LCJA Area Plan 2011-14 highlighted to Partnership.",
              ),
              frequency: c("3/11/10"),
              timescale: timescale("Ongoing"),
              lead: c("LCJA"),
            },
            {
              localOutcome: c(
                "To ensure we maximise and evidence the use of scarce resources in a manner that best contributes to reducing re-offending.",
              ),
              localTarget: c("To evidence best value in terms of efficiency and effective practice."),
              detail: c(
                "A local performance framework is currently being developed in partnership with statutory partners. This will replace the current form of quarterly performance report submitted to the LCJA Board.",
              ),
              frequency: c("Information will be collated quarterly"),
              timescale: timescale("April 2011"),
              lead: c("LCJA"),
            },
          ],
        },
      ],
    },
  ],
};

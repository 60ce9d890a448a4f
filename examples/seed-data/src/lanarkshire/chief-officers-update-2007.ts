import { type CommitteeReport, communityJusticeAuthorities } from "@cja-kit/core";
import { bullets, c } from "../build";

// Seed 004: Lanarkshire CJA, Chief Officer's Update (autumn 2007). The "Date of Meeting:" field is
// blank. The seed's own errors are kept: "to:-]" in 1.1 and section 2's paragraph numbered "1.2".

/** Lanarkshire CJA Chief Officer's Update, autumn 2007. */
export const lanarkshireChiefOfficersUpdate: CommitteeReport = {
  id: "lanarkshire/chief-officers-update-2007",
  authority: communityJusticeAuthorities.lanarkshire,
  reportBy: "Chief Officer, Lanarkshire Community Justice Authority",
  subject: "Chief Officer's Update",
  sections: [
    {
      number: "1",
      title: "Purpose of Report",
      role: "purpose",
      paragraphs: [
        {
          number: "1.1",
          content: c(
            "The purpose of the report is to:-]",
            bullets(
              "Update members on various key issues being progressed by the Lanarkshire Community Justice Authority.",
            ),
          ),
        },
      ],
    },
    {
      number: "2",
      title: "Recommendation(s)",
      role: "recommendations",
      paragraphs: [
        {
          number: "1.2",
          content: c(
            "The Authority is asked to approve the following recommendations:",
            bullets("That the report be noted."),
          ),
        },
      ],
    },
    {
      number: "3",
      title: "Community Sex Offender Groupwork Programme",
      role: "body",
      paragraphs: [
        {
          number: "3.1",
          content: c(
            "On 4 September 2007 the Scottish Government informed the CJA that additional grant of £164,000 has been allowed for the appointment of 2 clerical/administrative staff and the equivalent of 4 full-time Social Workers.",
          ),
        },
        {
          number: "3.2",
          content: c(
            "It is anticipated that the additional funding will allow the following outcomes to be achieved:-",
            bullets(
              "Delivery of 4 induction programmes per annum with up to 10 offenders per programme.",
              "Delivery of one, possibly 2, long term groups in a rolling year consisting of up to 8–10 offenders per group.",
              "Provision of 2-3 relapse prevention programmes on both a programmed (consisting of 8-10 offenders) and individual basis.",
              "Continued provision of a 2:1 work with individual offenders who are assessed as being unsuitable for the programme but who require an intensive intervention.",
            ),
          ),
        },
      ],
    },
    {
      number: "4",
      title: "Conferences",
      role: "body",
      paragraphs: [
        {
          number: "4.1",
          content: c(
            "Lanarkshire CJA will be represented at the following conferences during the months of October and November 2007:",
            bullets(
              "Scottish Prison Service Partnership Conference",
              "Association of Directors of Social Work Criminal Justice Conference",
              "Scottish Association for the Study of Offending Conference.",
            ),
          ),
        },
        {
          number: "4.2",
          content: c(
            "Members are also asked to note that the Chief Officer has accepted an invitation to speak at a 'Joint Development Morning' to be held on 19 September 2007.  This event will provide an opportunity to address over 100 Lanarkshire Criminal Justice Social Work staff about the contents of the Area Plan.",
          ),
        },
      ],
    },
    {
      number: "5",
      title: "Mentally Disordered Offenders Group",
      role: "body",
      paragraphs: [
        {
          number: "5.1",
          content: c(
            "On 20 August 2007 Alan Lawrie, Director, South Lanarkshire Community Health Partnership wrote asking for the support of Lanarkshire Community Justice Authority in re-establishing a Mentally Disordered Offenders Steering Group across Lanarkshire.",
          ),
        },
        {
          number: "5.2",
          content: c(
            "The Steering Group's proposed remit would be to:-",
            bullets(
              "Review models of care and best practice",
              "Develop service specifications and standards",
              "Map existing services against specification and standards",
              "Provide an ongoing quality assurance function",
              "Develop service improvement plans, including resource implications",
              "Develop protocols to improve information collection and sharing, linking with the Data Sharing Partnership.",
              "To take an integrated approach to improving the patient/client journey between community and inpatient services and between agencies",
              "To develop integrated systems for managing risk and governance",
              "To facilitate a co-ordinated approach over links with voluntary sector providers.",
            ),
          ),
        },
        {
          number: "5.3",
          content: c(
            "Given the emerging agendas and issues around Multi Agency Public Protection Arrangements, the Community Justice Authority and medium secure care for example, the Chief Officer has written supporting this development.",
          ),
        },
      ],
    },
    {
      number: "6",
      title: "Partner's Seminar – 17 August 2007",
      role: "body",
      paragraphs: [
        {
          number: "6.1",
          content: c(
            "75 delegates attended this seminar and provided very useful feedback which has directly contributed to the Area Plan.  Comments received from delegates indicated that they found the morning both enjoyable and informative.  It is intended to repeat this valuable exercise in the future.",
          ),
        },
      ],
    },
    {
      number: "7",
      title: "Improving Community Sentences Review",
      role: "body",
      paragraphs: [
        {
          number: "7.1",
          content: c(
            "The Cabinet Secretary announced in a parliamentary debate on 6 June his intention to take forward a piece of work, the aim of which is to reform and revitalise community penalties.  It has been stressed that there is a desire for more and better use to be made of community penalties – and that what the Cabinet Secretary is looking for is quick, achievable changes.  There will be a focus on 'quick wins' but the process could also be used to build consensus for more radical change in the long term.",
          ),
        },
        {
          number: "7.2",
          content: c(
            "The scope of this particular review has been limited specifically to community sentences and to date a paper has been produced which focuses around 4 main themes as follows:",
            bullets("Reparation", "Rehabilitation", "Persistent Offenders", "Quality and Enforcement."),
          ),
        },
        {
          number: "7.3",
          content: c(
            "Members will be kept informed of any developments related to this important piece of work.",
          ),
        },
      ],
    },
    {
      number: "8",
      title: "Employee Implications",
      role: "employee-implications",
      paragraphs: [{ number: "8.1", content: c("Nil") }],
    },
    {
      number: "9",
      title: "Financial Implications",
      role: "financial-implications",
      paragraphs: [{ number: "9.1", content: c("Nil") }],
    },
    {
      number: "10",
      title: "Other Implications",
      role: "other-implications",
      paragraphs: [{ number: "10.1", content: c("None") }],
    },
    {
      number: "11",
      title: "Consultation",
      role: "consultation",
      paragraphs: [{ number: "11.1", content: c("Not required.") }],
    },
  ],
  contactIntro:
    "If you would like to inspect the background papers or want further information, please contact:",
  contact: {
    name: "Tony McNulty",
    role: "Chief Officer",
    phone: "Ext 4234 (Tel: 01698 454234)",
    email: "tony.mcnulty@southlanarkshire.gov.uk",
  },
};

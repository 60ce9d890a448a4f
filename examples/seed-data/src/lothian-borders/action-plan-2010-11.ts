import { communityJusticeAuthorities, type Plan, planLayouts } from "@cja-kit/core";
import {
  bullets,
  c,
  markedTimescale,
  money,
  numbered,
  numberedMarked,
  p,
  refs,
  strong,
  timescale,
  unmarked,
  yesNo,
} from "../build";

/**
 * Lothian & Borders CJA, Action Plan 2010-11 (seed 002): the whole document, verbatim (cover,
 * contents, glossary, narrative chapters, the 14 national outcomes and the action table by theme).
 * The "Year 2 Progress/ Amendments" and "New Outcome Year 3" columns are in
 * {@link lothianBordersProgressYear2} (`./progress-2009-10`).
 */
export const lothianBordersActionPlan2010_11: Plan = {
  id: "lothian-borders/action-plan-2010-11",
  kind: "action-plan",
  title: "ACTION PLAN 2010-11",
  authority: communityJusticeAuthorities["lothian-borders"],
  period: { from: "2010-11", to: "2010-11" },
  areaPlanPeriod: { from: "2008-09", to: "2010-11" },
  outcomeFramework: "nab-2008",
  cover: {
    lines: ["LOTHIAN & BORDERS", "COMMUNITY JUSTICE AUTHORITY"],
    address: [
      "Lothian & Borders CJA",
      "Rosetta Road",
      "Peebles",
      "EH45 8HG",
      "01721 726314",
      "cjal&b@scotborders.gov.uk",
      "www.cjalb.co.uk",
    ],
  },
  contents: {
    heading: "CONTENTS",
    pageHeading: "PAGE",
    entries: [
      { title: "GLOSSARY", pages: "3-4" },
      { title: "NEW STRATEGIC DEVELOPMENTS", pages: "5-6" },
      { title: "RESOURCES", pages: "7" },
      { title: "ACTION PLAN IN CONTEXT", pages: "8" },
      { title: "ACTION PLAN 2009-10", pages: "9-35" },
    ],
  },
  glossary: {
    heading: "GLOSSARY OF TERMS",
    entries: [
      { term: "ADP", definition: "Alcohol and Drug Partnership" },
      {
        term: "APEX",
        definition:
          "Apex Trust Scotland is a charitable organisation working with offenders and young people at risk of offending to help them address their employability needs and progress them towards employment, education or training.",
      },
      { term: "CDPS", definition: "Community Drug Problem Service" },
      { term: "CHP", definition: "Community Health Partnership (City of Edinburgh)" },
      {
        term: "CH(C)P",
        definition:
          "Community Health & Care Partnership (East Lothian, Midlothian, Scottish Borders & West Lothian)",
      },
      { term: "CJA", definition: "Community Justice Authority (Lothian & Borders is one of 8 in Scotland)" },
      { term: "CJSW", definition: "Criminal Justice Social Work" },
      {
        term: "CLAN",
        definition:
          "City Literacy And Numeracy (CLAN is a partnership project funded by the Scottish Government. Based on clear principles of inclusion and lifelong learning, it aims to increase and improve literacy and numeracy learning opportunities in Edinburgh.",
      },
      {
        term: "CLC",
        definition:
          "Community Links Centre established in Epworth Halls, Edinburgh and managed by Sacro, set up to mirror the range of support services available in the Links Centre at HMP Edinburgh and provide continuity of support for prisoners on their release from prison.",
      },
      {
        term: "COMMUNITY FACING PRISON",
        definition:
          "A prison where the majority of prisoners would come from the local geographic area and prisoners would include adult male, women and young offenders. This would facilitate local criminal justice services and agency support both in the prison and on return to the community, ease of access and travel for families and ultimately easier reintegration into the community.",
      },
      {
        term: "CONCORDAT",
        definition:
          "Relationship between the Scottish Government and local government which underpins the funding to be provided to local government over the period 2008-09 to 2010-2011.",
      },
      { term: "COPFS", definition: "Crown Office Procurator Fiscal Service" },
      { term: "CPP", definition: "Community Planning Partnership" },
      { term: "CoE", definition: "City of Edinburgh Council" },
      { term: "COSLA", definition: "Convention of Scottish Local Authorities" },
      {
        term: "CSO",
        definition:
          "Community Service Order is a community sentence where the individual will carry out unpaid, supervised work in the community as a direct alternative to a custodial sentence.",
      },
      {
        term: "DAAT'S",
        definition:
          "Drug and Alcohol Action Teams. The DAAT is responsible for implementing national drug and alcohol strategies at a local level. (Now known as ADPs – see above)",
        runs: [
          {
            text: "Drug and Alcohol Action Teams. The DAAT is responsible for implementing national drug and alcohol strategies at a local level. ",
          },
          { text: "(Now known as ADPs – see above)", bold: true },
        ],
      },
      {
        term: "FOURSQUARE",
        definition:
          "Charity involved with the rights and needs of homeless people in Edinburgh and the Lothians and other areas of Scotland.",
      },
      { term: "HMP", definition: "Her Majesty's Prison e.g. HMP Edinburgh" },
      {
        term: "INCLUDEM",
        definition:
          "Provide intensive one-to-one support to over 700 of Scotland's most troublesome and troubled young people from 18 local authorities. The young people are initially the subject of children's panel or court orders and almost all are referred through Social Work services.",
      },
      { term: "L&B", definition: "Lothian and Borders" },
      { term: "LA", definition: "Local Authority" },
      {
        term: "LSCMi",
        definition:
          "Level of Service Case Management Inventory (LSCMI) Scotland. The LSCMI is a comprehensive risk assessment and case management system",
      },
      {
        term: "MAPPA",
        definition:
          "Multi Agency Public Protection Arrangements exist to deal with the risks that are presented by some offenders who are thought likely to cause serious harm.",
      },
      {
        term: "PROBATION",
        definition:
          "Community Order that is designed to focus on the offending behaviour. It can include elements of unpaid work and other additional conditions, for example attending Group work.",
      },
      { term: "PR2", definition: "Electronic prisoner record system used by Scottish Prison Service" },
      {
        term: "SACRO",
        definition:
          "Safe Guarding Communities Reducing Offending. Sacro is a national community justice voluntary organisation working across Scotland to make communities safer by reducing conflict and offending",
      },
      { term: "SCRA", definition: "Scottish Children's Reporter Administration's" },
      { term: "SDC", definition: "Strategic Development Coordinator (CJA team)" },
      { term: "SLA", definition: "Service Level Agreement" },
      { term: "SOA", definition: "Single Outcome Agreement" },
      {
        term: "Social Enquiry Report",
        definition: "Requested by the Court to provide background information to help inform sentencing",
      },
      { term: "SPS", definition: "Scottish Prison Service" },
      { term: "SVQ", definition: "Scottish Vocational Qualification" },
      {
        term: "TAC",
        definition:
          "Tasking and Coordinating Groups - Police led group with a range of agencies (including local authorities youth justice and other council services)",
      },
      {
        term: "VENTURE TRUST",
        definition:
          "Venture Trust is a registered charity working with people who want to change. They give people time and space in a wilderness setting, far away from the pressures of home and present them with physical, emotional and social challenges and help them evaluate what they learn, and how to put those lessons to work when they return home.",
      },
      { term: "VO", definition: "Voluntary Organisation" },
      { term: "Vol Orgs", definition: "Voluntary Organisations" },
    ],
  },
  chapters: [
    {
      title: "NEW STRATEGIC DEVELOPMENTS",
      blocks: [
        p(
          "Since approval and publication of the 2008/11 Area Plan a number of new developments require incorporation into this review of the Action Plan for 2010/11. Planning in this dynamic environment requires account to be taken of the unforeseen changes in the political environment and the new developments that become possible through partnership working and the Community Justice Authority.",
        ),
        p(
          "In addition to the updated action plan later in this document, a number of new action points need to be added.",
        ),
        p(
          "The 2009/10 Action Plan recognised the Concordat relationship between the Scottish Government and local government. A central facet of the Concordat is the creation of a 'Single Outcome Agreement' (SOA) between each Council and the Scottish Government based on key national outcomes.",
        ),
        numberedMarked(
          "When compared, there is significant correlation between both the Single Outcome Agreement and the national Reducing Re-offending Strategy. Both of these are designed to achieve the National Strategic Objective of realising a Safer & Stronger Scotland. In consequence the CJA determined to use the established relationship with COSLA to engage with the Community Planning Partnerships and our established contacts with NHS Boards to engage with Community Health Partnerships. In order to facilitate this process the CJA has now recruited a Strategic Development Co-ordinator. Work has now commenced and is due to complete by 2011 to engage with each of these planning structures to ensure integration of the justice related strategic planning issues. This action point becomes **3.1.1 & 3.1.2** in the attached Action Plan.",
          "Cost management performance of the Section 27 allocation is an area in which improvement is required. An increasingly high level of workload demand is not necessarily matched by sufficient resources. In this environment it will be essential to prioritise financial allocation to manage the essential and statutory responsibilities as well as gain maximum efficiency in service provision. Two councils have commenced the work necessary to review their service delivery and gain benefits from the increase in scale that this will create.",
          "An initial review of purchased services was carried out over the last planning year and this is being progressed in 2010/11 with all of the purchased services of the largest local authority in Lothian & Borders CJA undergoing a full review with an eye to relevance, need, efficiency and best value. Similarly, each council is jointly reviewing the main areas of service provision with a view to learning from the most effective and efficient practice and understand how to maximise offender services within the existing allocation. Additionally, all local authorities have now agreed to establish a cost-base for each statutory service which in turn will ensure equability in the budget allocation. As we progress into 2010/11 these projects will demonstrate our joint ability to improve resource management. This action point becomes **6.3** in the attached Action Plan.",
          "New policy developments resulting from 'Scotland's Choice', 'Reform and Revitalise', 'Fair, Fast & Flexible' and subsequent legislation will undoubtedly have a significant impact upon the 2010/11 Action Plan. In particular the establishment of the anticipated new community disposal 'Community Payback Orders' will require significant co-ordination and service development for each of the five authorities. In order to manage these changes and to monitor performance a new work stream has been established which will report quarterly to the CJA on performance against the required output of orders. Additionally, the CJA is working with Government to develop the Offender Management Strategy and will incorporate these key priorities into the planning environment of the 2011-14 Area Plan. This action point becomes **2.4.1** in the attached Action Plan.",
          "A key priority of the Area Plan was the development of Opportunities for Change an alternative to a custodial sentence for 16-18 year olds. Bringing together a new partnership including Includem, Venture Trust, adult and youth justice services the programme was designed to establish whether this alternative would be attractive to the courts and provide positive outcomes for offenders including a reduction in re-offending. The initial 12 month pilot is now complete and a thorough evaluation has commenced in order to determine whether this model should be adopted as a permanent new requirement to a community based order. If the evaluation is positive a sustainable model of delivery will be required, the development of which becomes **2.4.4** in the attached Action Plan.",
          "It is anticipated that any new legislation will retain the Drug Treatment and Testing Order (DTTO) as an order in its own right. Currently, this order makes significant demands on the CJA resources but does not necessarily show either the desired outcomes in reduced re-offending (from Scottish Government re-offending data) or an integrated model of planning for health provision. During the coming planning period the CJA wishes to establish a sound model of evaluation for this order, together with more joined-up planning involving the Alcohol and Drug Partnerships, the Community Health Partnerships, Community Health (and Care) Partnerships and Community Planning Partnerships. This action point becomes **2.4.1** in the attached Action Plan.",
          "The CJA needs to improve the collection of both qualitative and quantitative information that relates to performance and reporting. In addition to demonstrating the achievement of offender outcomes it is also essential that we can evidence compliance with the new national standards and developments in legislation. This challenge is already recognised by our local authority partners and we have achieved significant progress towards finding and implementing solutions. This will however be a key work stream in the coming delivery period. This action point becomes **6.2** in the attached Action Plan.",
        ),
      ],
    },
    {
      title: "RESOURCES",
      blocks: [
        strong(
          "This section describes resource allocation issues which have become apparent since the preparation of the 2008/11 Area Plan and that will impact upon the 2010/11 Action Plan.",
        ),
        numbered(
          "As an outcome to the best value review conducted earlier the CJA requested all purchasing contracts are tested through a procurement exercise. City of Edinburgh holds the majority of these contracts and has undertaken to do a complete purchased service review during 2009/10 and will report its purchasing intentions to the CJA for the coming year. The challenge for both the CJA and City of Edinburgh will be to ensure that all re-commissioned services fulfil the priorities emerging from the Government's policy direction and offender management work streams, whilst complementing the existing and forthcoming three year Area Plans.",
          "New resources have been made available by the CJA, for the provision of an enhanced service for families at the HMP Edinburgh Visitor Centre, managed and part funded by Families Outside. This new position will enable a greater level of service provision focused upon supporting families of prisoners.",
          "One of the priorities of the CJA is the development of the Community LINKS Centre. NHS Lothian has brought additional resources to the Centre in order to establish the Willow project. This project is funded for one year from the Edinburgh Community Safety Partnership to provide an integrated approach for women involved in the criminal justice system in Edinburgh. The continued provision of this service will require alternative resources yet to be identified.",
        ),
        p(
          "It will be necessary for CJA Members and Local Authority Purchasers to meet early in 2010 to agree their purchasing intentions for the 2010/11 financial year enabling early advice to be given to providers. The ongoing purchased service review, together with Members decisions will influence the final shape of the resource allocation for the 2009/10 Action Plan.",
        ),
      ],
    },
    {
      title: "ACTION PLAN IN CONTEXT",
      blocks: [
        p(
          "This revised action plan for 2010/11 will be submitted seventeen months into the three year period of the Area Plan. In that time each of the groups managing the 17 individual work streams have reported to the two CJA quarterly meetings held since April. The mechanism for performance management indicates that work has commenced on each of the action points, has completed on some and others need to continue into the 2010/11 action plan. The Chairs of each work stream have contributed to the development of this Plan.",
        ),
        p(
          "This Action Plan's Key Measures make explicit links to the National Strategy Outcomes (detailed below) and the local priorities as set out in Lothian & Borders Community Justice Authority 2008-11 Area Plan.",
        ),
        { kind: "heading", level: 1, text: "The 14 National Outcomes" },
        p("(As adapted from the National Strategy for the Management of Offenders Act (Scotland) 2005)"),
        { kind: "heading", level: 2, text: "Outcomes for communities (A)" },
        { kind: "outcome-list", framework: "nab-2008", groups: ["A"], style: "numbered" },
        { kind: "heading", level: 2, text: "Outcomes for offenders (B)" },
        { kind: "outcome-list", framework: "nab-2008", groups: ["B"], style: "numbered" },
        { kind: "heading", level: 2, text: "Outcomes in the system (C)" },
        { kind: "outcome-list", framework: "nab-2008", groups: ["C"], style: "numbered" },
        strong(
          "This document should be read in conjunction with the Annual Report 2008-09 and the Action Plan 2009-10, which are available on Lothian & Borders Community Justice Authority website www.cjalb.co.uk.",
        ),
      ],
    },
  ],
  actionsHeading: "Action Plan 2010-11",
  columns: [...planLayouts["lothian-borders-action-plan"].columns],
  themes: [
    {
      title: "STRATEGIC, SERVICE AND OFFENDER OUTCOME GROUPS",
      themes: [
        {
          number: "2.1",
          title: "Health & Wellbeing",
          actions: [
            {
              number: "2.1.1",
              title: c("Increase the accessibility of GP Services to all CJA clients"),
              rows: [
                {
                  detail: c(
                    "Increase number of offenders registered with a GP prior to release from Prison or within 2 weeks of order being imposed.",
                    "Review process for remand prisoners who attend court and released without prior warning to SPS therefore missed from system.",
                    "Long term prisoners are picked up through ICM, however GP is only known if client has medical problem or on medication. Currently referred to CDPS or Homeless Practice. Ideal would be to establish GP for this group.",
                  ),
                  timescale: markedTimescale(
                    "__Year 1__ Complete data review",
                    "__Year 2__ Establish processes with NHS",
                    "Set target numbers by end of year 2",
                  ),
                  lead: c("Health & Well Being Chair – Phil Mackie, NHS Lothian"),
                  partners: c("Lead Org's: Public Health CJA Social Work SPS"),
                  resources: money("Existing"),
                  flags: { "area-plan-2011-14": yesNo("YES") },
                },
              ],
            },
            {
              number: "2.1.2",
              title: c(
                "To improve the transition of health services between prison and community and vice versa",
              ),
              rows: [
                {
                  detail: c(
                    "Base and NHS/SPS health professional in Court who would carry out a full health assessment.",
                    "The information would then be forward to the Prison for admission.",
                    "Link to be established with NHS to ensure SPS/NHS Court based professional has access to NHS records.",
                  ),
                  timescale: timescale(
                    "2-3 years",
                    "Operational Outcomes to be agreed and developed 2009-2011",
                  ),
                  lead: c("Health & Wellbeing – Phil Mackie, NHS Lothian"),
                  partners: c(
                    "SPS Public Health Voluntary Sector Addiction Services NHS Lothian & Borders CJA Authority Social Work",
                  ),
                  resources: money("Significant resource implications post planning period"),
                  flags: { "area-plan-2011-14": yesNo("YES") },
                },
              ],
            },
            {
              number: "2.1.3",
              title: c(
                "Create alternative treatment models for alcohol related offending / not just advice based.",
              ),
              rows: [
                {
                  detail: c(
                    "Develop a multi agency social model compared to DTTO.",
                    "Establish group with expertise in Scotland to develop a programme for use in community and prison.",
                    "Examine research and literature to establish possible Scottish model applicable to L&B",
                    "Evaluate residential hostels / ½ way house option and therapeutic treatment in community",
                  ),
                  timescale: timescale("Strategic development of this measure in Year 1", "1-2 years"),
                  lead: c("Health & Wellbeing – Phil Mackie, NHS Lothian"),
                  partners: c("Multi agency alcohol services CJSW Health"),
                  resources: money("Yet to be determined"),
                  flags: { "area-plan-2011-14": yesNo("YES") },
                },
              ],
            },
            {
              number: "2.1.4",
              title: c(
                "A review of DAAT strategies to recognise offender services as a component of their work",
              ),
              rows: [
                {
                  detail: c(
                    "CJA will work with the DAAT's to produce a CJA wide strategy which recognises the need for local differences",
                  ),
                },
              ],
            },
            {
              number: "2.1.5",
              title: c(
                "Mentally disordered offenders – development of new strategy to better meet needs both in diversion from custody and whilst in custody",
              ),
              rows: [
                {
                  detail: c(
                    "CJA will work with relevant agencies to develop an improved model of intervention",
                  ),
                  timescale: timescale("2008-11"),
                  lead: c("Chief Officer / Forensic Psychiatrist"),
                  partners: c("NHS SPS CJSW"),
                  resources: money("Existing resources"),
                },
              ],
            },
          ],
        },
        {
          number: "2.2",
          title: "Employment",
          columns: [
            { field: "measure", label: "Key Measure" },
            { field: "detail", label: "Specific Operational Detail" },
            { field: "timescale", label: "Time-scale" },
            { field: "progress", label: "Year 2 Progress/ Amendments" },
            { field: "nextSteps", label: "New Outcome Year 3" },
            { field: "lead", label: "Work Group/ Chair" },
            { field: "resources", label: "Resources" },
            { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" },
          ],
          actions: [
            {
              number: "2.2.1",
              title: c(
                "To engage at the earliest opportunity (for the maximum number of offenders) to improve Offender access to services designed to enhance their employment prospects. This is to include employability case management",
              ),
              rows: [
                {
                  detail: c("Clients are offered access to the service (in jail, in the community)"),
                  timescale: timescale("50% take-up by end of year 1"),
                  lead: c("Gary Waddell/ SPS"),
                  partners: c("SPS LSE Contractor Core Project JobCentre Plus CJSW Apex CLAN"),
                  resources: money("Existing resources though new resource stream clearly required"),
                  flags: { "area-plan-2011-14": yesNo("YES") },
                },
              ],
            },
            {
              number: "2.2.2",
              title: c("Improve Employer engagement with employment services for offenders"),
              rows: [
                {
                  detail: c(
                    "A Construction Key Worker Project to be implemented",
                    "Job Centre Plus to increase engagement role",
                    "Completion of 'Streetworks'",
                    "Employer engagement to inform labour market trends – i.e. what skill sets are required to focus appropriate training courses.",
                  ),
                  timescale: timescale("Year 1 2008-09"),
                  lead: c("Gary Waddell/ SPS"),
                  partners: c("SPS Scottish Enterprise Group HMP Edinburgh JobCentre Plus"),
                  resources: money("Existing resources/ though new resource stream clearly required"),
                },
              ],
            },
            {
              number: "2.2.3.",
              outcomeRefs: refs("(A1 ; B1-B5)"),
              title: c(
                "To recognise that the work skills learned through Community Service Orders are an integral part of improved employment prospects",
              ),
              rows: [
                {
                  detail: c(
                    "Recognise achievement of activities undertaken",
                    "Retrain the CS workforce to allow them to undertake training modules for offenders.",
                    "Recognise skills for health & safety and manual handling.",
                  ),
                  timescale: timescale("Year 1 2008-09"),
                  lead: c("Ian Neil / Community Service Review"),
                  partners: c("CJSW teams"),
                  resources: money("£25k allocated from existing resources"),
                  flags: { "area-plan-2011-14": yesNo("YES") },
                },
              ],
            },
            {
              number: "2.2.4",
              title: c(
                "Develop employment prospects through greater understanding of training and work related issues across the CJA taking account of skills deficit and labour requirements",
              ),
              rows: [
                {
                  detail: c(
                    "Undertake specialist secondment from APEX (Scotland) to audit and analyse and produce an action plan designed to meet the needs of unemployed offenders.",
                  ),
                  lead: c("Chief Officer"),
                  partners: c("APEX SPS CJSW"),
                  resources: money("Already planned for"),
                  flags: { "area-plan-2011-14": yesNo("YES") },
                },
              ],
            },
            {
              number: "2.2.5",
              title: c("Increase the awareness of literacy and its impact on re-offending"),
              rows: [
                {
                  detail: c(
                    "Through the established relationship with Capital City Partnership (CLAN) and each of the five literacy services in the five local authorities the CJA will host a literacy event to engage with front-line staff and present examples of good practice.",
                  ),
                  timescale: timescale("Held on 23 March 2009"),
                  lead: c(
                    "Chief Officer Training Manager CLAN Literacy Groups Scottish Government (Adult Literacies Development)",
                  ),
                  partners: c("Existing Resources"),
                  resources: money("£20k CJA Growth funding"),
                  flags: { "area-plan-2011-14": yesNo("YES") },
                },
              ],
            },
          ],
        },
        {
          number: "2.3",
          title: "Accommodation (B1-B5)",
          outcomeRefs: refs("(B1-B5)"),
          columns: [
            { field: "measure", label: "Key Measure" },
            { field: "detail", label: "Specific Operational Detail" },
            { field: "timescale", label: "Time-scale" },
            { field: "progress", label: "Year 2 Progress/ Amendments" },
            { field: "nextSteps", label: "New Outcome Year 3" },
            { field: "lead", label: "Work Group/ Chair" },
            { field: "resources", label: "Resources" },
            { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" },
          ],
          actions: [
            {
              number: "2.3.1",
              title: c(
                "Review existing housing advice services to develop a consistent and comprehensive approach to improve access to prisoners in prison and on release.",
                "Review & inform as to who can provide the different levels of Advice from signposting through to advocacy.",
              ),
              rows: [
                {
                  detail: c(
                    "Provide the knowledge of what an individual needs to do across the whole range of tenancy options.",
                    "Provide consistent and timely housing advice in all prisons across Scotland (as currently provided in Lothian & Borders prison",
                    "Establish a process where advice is available at all stages from",
                    unmarked(
                      "1. Arrest Referral",
                      "2. Social Worker in Court (with support from 4square)",
                      "3. Core screening stage/PR2 referral to identify tenancies as priority prevention",
                      "4. Prison Links Centre",
                      "5. Community Links Centre",
                    ),
                  ),
                  timescale: markedTimescale(
                    "1-2 years",
                    "__2008-09__ Deliver consistent & timely housing advice in all Scottish Prisons",
                    "__2009-10__ Develop and introduce comprehensive advice process",
                  ),
                  lead: c("Chief Officer"),
                  partners: c("SPS Social Work LA Housing"),
                  resources: money("Existing resources"),
                  flags: { "area-plan-2011-14": yesNo("YES") },
                },
              ],
            },
            {
              number: "2.3.2",
              title: c(
                "Expand availability of mainstream housing with support for offenders across the CJA.",
              ),
              rows: [
                {
                  detail: c(
                    "Provide Homelessness Assessment for every prisoner especially those who are short term.",
                    "Provide assurance to the housing provider by demonstrating a support network to manage the range of needs of the offender",
                    "Manage the transition period from supported accommodation to own tenancy with package of care possibly specialised CJ Social Workers.",
                    "Develop support in each region to allow the majority of clients to live in normative accommodation with support to 'free up' CRANE for higher risk clients.",
                  ),
                  timescale: timescale("Develop over a 3 year period"),
                  lead: c("Chief Officer/ Social Work LA Housing Voluntary Accommodation Providers SPS"),
                  resources: money("Existing resources"),
                },
              ],
            },
            {
              number: "2.3.3.",
              rows: [
                {
                  detail: c(
                    "Review funding and access to supported accommodation to ensure availability and access to all 5 councils",
                    bullets(
                      "Extend SACRO SAT model",
                      "Maximise income",
                      "Review availability of accommodation.",
                      "Carry out audit",
                      "Review cost basis of block purchases and bed nights.",
                      "Review resettlement support in Prison",
                      "Best value review",
                      "Review Home Leave accommodation",
                    ),
                  ),
                  timescale: timescale(
                    "1-3 years",
                    "Complete Supported Accommodation Review by April 08",
                    "Develop operation outcomes in year 2&3",
                    "Discuss increasing home leave use",
                  ),
                  lead: c("Chief Officer"),
                  partners: c("Social Work Housing SPS", "Vol. Orgs", "L&B Police", "SPS/Fraser Munro"),
                  resources: money("Existing resources"),
                },
              ],
            },
          ],
        },
        {
          number: "2.4",
          title: "Offending Behaviour (A1-A5; B1-B5)",
          outcomeRefs: refs("(A1-A5; B1-B5)"),
          columns: [
            { field: "measure", label: "Key Measure" },
            { field: "detail", label: "Specific Operational Detail" },
            { field: "timescale", label: "Time-scale" },
            { field: "progress", label: "Year 2 Progress/ Amendments" },
            { field: "nextSteps", label: "New Outcome Year 3" },
            { field: "lead", label: "Work Group/ Chair" },
            { field: "resources", label: "Resources" },
            { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" },
          ],
          actions: [
            {
              number: "2.4.1",
              title: c(
                "Through the provision of effective, credible & robust community based disposals aim to reduce the proportion of offenders sentenced to 6 months or less",
              ),
              rows: [
                {
                  detail: c(
                    "Implement new standards for community service and develop new framework in each council to manage and deliver Community Payback Orders resulting from legislative programme",
                  ),
                  timescale: timescale("2009-2011"),
                  lead: c("CJSW CJA"),
                  resources: money("Within Section 27"),
                  flags: { "area-plan-2011-14": yesNo("YES") },
                },
                {
                  detail: c(
                    "Establish a model of evaluation for DTTO, together with more joined-up planning involving the Alcohol and Drug Partnerships, the Community Health Partnerships and Community Planning Partnerships.",
                  ),
                  timescale: timescale("2010/11"),
                  lead: c("CJA CJSW Health"),
                  resources: money("Existing resources"),
                  flags: { "area-plan-2011-14": yesNo("YES") },
                },
                {
                  detail: c(
                    "Review Constructs and other accredited programme availability. Consider need for mentoring / aftercare / buddying on completion of programmes.",
                  ),
                  timescale: timescale("2008-11 With annual reporting on progress"),
                  lead: c("Probation Service Review / Tim Ward, West Lothian Council"),
                  resources: money("Existing Resources"),
                  flags: { "area-plan-2011-14": yesNo("YES") },
                },
              ],
            },
            {
              number: "2.4.2.",
              outcomeRefs: refs("(A1 & C3)"),
              title: c("Effectively manage sexual and violent offenders through the MAPPA process"),
              rows: [
                {
                  detail: c("All identified sexual offenders managed through the MAPPA process."),
                  timescale: timescale("2008-09 and ongoing"),
                  lead: c("L&B Police"),
                  resources: money("Existing resources"),
                },
                { detail: c("Move towards same for violent offenders.") },
                {
                  detail: c(
                    "Develop governance framework based on Child/Adult Protection model. Ensure MAPPA is integrated into overall Public Protection governance.",
                  ),
                  timescale: timescale("Year 1 – 2008-09"),
                },
                {
                  detail: c(
                    "Establish local guidance with clear roles, responsibilities and protocol for all agencies involved.",
                  ),
                  timescale: timescale("July 08"),
                },
                {
                  detail: c("Develop and introduce training and support package for all agencies"),
                  timescale: timescale("Dec 08 start"),
                },
              ],
            },
            {
              number: "2.4.3",
              outcomeRefs: refs("(A1-A5; B1-B5; C2-C4)"),
              title: c(
                "Identify the most effective risk assessment tools and interventions for women offenders",
              ),
              rows: [
                {
                  detail: c(
                    "Research and/or develop a gender specific Risk assessment tool for women.",
                    "Develop gender specific programmes.",
                    "Introduce a consistent and effective service to women across the CJA.",
                    "Develop a programme to specifically look at abusive relationships for men and women.",
                    "Design and deliver training for Social Workers to ensure women offenders are managed appropriately and consistently.",
                  ),
                  timescale: timescale(
                    "Develop proposals end of year 1",
                    "Review and implement as appropriate year 2-3",
                  ),
                  lead: c("Chair vacant"),
                  partners: c("SPS NHS Visitors Centre RMA Apex Turning Point SACRO CJSW"),
                  resources: money("£50k year 2 allocated from existing resources"),
                },
              ],
            },
            {
              number: "2.4.4",
              outcomeRefs: refs("(A1-5; B1-5; C2-4)"),
              title: c(
                "New strategic development for the management of young persistent offenders aged 14-18 years",
              ),
              rows: [
                {
                  detail: c(
                    "Gain approval and develop new multi-agency model of intervention for this age group providing continuity of care and respite for offenders at risk of secure accommodation or custodial sentence",
                  ),
                  timescale: timescale(
                    "Approval Nov 07",
                    "Funding bid Dec 07",
                    "Project description Feb 08",
                    "Project Board April 08",
                  ),
                  lead: c("Chief Officer"),
                  partners: c("CJSW Includem Venture Trust SCRA Scottish Courts"),
                  resources: money(
                    "Within existing resources. New service if required to be re-costed and provisioned.",
                  ),
                  flags: { "area-plan-2011-14": yesNo("YES") },
                },
              ],
            },
            {
              number: "2.4.5",
              outcomeRefs: refs("(A3, A4, B5, C4)"),
              title: c("Greater use of diversionary practice for less serious or first time offenders"),
              rows: [
                {
                  detail: c("An assessment of need and agency response to SACRO Restorative Justice Model"),
                  timescale: timescale("Year 1 – complete the assessment of need review"),
                  lead: c("Keith Simpson/ SACRO"),
                  partners: c("CJA COPFS"),
                },
              ],
            },
            {
              number: "2.4.6",
              outcomeRefs: refs("(A1-A5 ; B1-B5; C1-C5)"),
              title: c(
                "Establish ease of access and a continuity of availability of a range of normative services that offenders require in their transition from custody into the community (Community Links Centre (CLC) focus)",
              ),
              rows: [
                {
                  detail: c(
                    "Put in place model of evaluation and monitoring which supports the development of the Community LINKS centre and uses findings to expand use of this model both locally and nationally",
                    "Scottish Legal Aid - weekly surgeries at HMP Edinburgh and fortnightly surgeries at Cornton Vale. Telephone legal consultancy line 3 afternoons a week for partner agencies",
                    "Planned surgery at HMP Addiewell",
                  ),
                  timescale: timescale(
                    "Initial evaluation October 2008",
                    "To be introduced from 1/10/08",
                    "From 2009",
                    "From 2009",
                  ),
                  lead: c("Chief Officer"),
                  partners: c("City of Edinburgh SACRO SPS", "Lindsay Jessiman Scottish Legal Aid"),
                  resources: money("Existing resources", "3 Solicitors recruited by Scottish Legal Aid"),
                },
              ],
            },
            {
              number: "2.4.7",
              outcomeRefs: refs("(A1-A5 ; B1-B5 C1,C2)"),
              title: c(
                "Establish access & continuity of availability of a range of services offenders require in their transition from custody into the community (Prison Links Centre focus)",
              ),
              rows: [
                {
                  detail: c(
                    "Increase the number of 'local' existing and new prison places that are made available to 'local' prisoners on a progressive scale",
                  ),
                  timescale: timescale("2006-07= 50%", "Set Targets 2008-09"),
                  lead: c("Sue Brookes/SPS & Chief Officer"),
                  resources: money("Existing resources"),
                  flags: { "area-plan-2011-14": yesNo("YES") },
                },
              ],
            },
            {
              number: "2.4.8",
              outcomeRefs: refs("(A1,A2,A5; B1-B5; C2-C4)"),
              title: c(
                "Make available to all Courts in the CJA an effective model of challenging men who use violence in domestic settings",
              ),
              rows: [
                {
                  detail: c(
                    "Develop the existing Domestic Violence Probation Programme; adopt and roll out accredited model of intervention when available. Increase the capacity of the existing Edinburgh and West Lothian sites.",
                  ),
                  timescale: timescale("Accreditation year 1", "Roll out complete by end of 2011"),
                  lead: c("Rona Fraser/ City of Edinburgh"),
                  partners: c("CJSW SPS"),
                  resources: money("Existing resources", "Additional SG funding subject to agreement."),
                },
              ],
            },
            {
              number: "2.4.9",
              outcomeRefs: refs("(B1-B5; C2, C4)"),
              title: c(
                "Improved access to literacy and numeracy provision in the four areas of offenders' lives – private, family, community and work",
              ),
              rows: [
                {
                  detail: c(
                    "Enhanced programme in prisons, Community LINKS and those offenders on community disposals",
                  ),
                  timescale: timescale("Phased introduction over three years"),
                  lead: c("Gary Waddell/ SPS Employment Group CLAN"),
                  resources: money("£30k"),
                },
              ],
            },
            {
              number: "2.4.10",
              outcomeRefs: refs("(A1, A2, A4, A5, B5, C1,C4)"),
              title: c("Target rail crime through partnership working with Network Rail"),
              rows: [
                {
                  detail: c(
                    "Network Rail resources will, together with the CJA, target specific areas of rail crime in East Lothian and West Lothian, within the CJA area and develop community based strategies in order to divert offenders into constructive activities.",
                  ),
                  timescale: timescale("Pilot in East & West Lothian in 2009-10"),
                  lead: c("CJA Network Rail"),
                  resources: money("Network Rail resources"),
                },
              ],
            },
          ],
        },
        {
          number: "2.5",
          title: "Victim Outcomes (A4, C1, C2)",
          outcomeRefs: refs("(A4, C1, C2)"),
          columns: [
            { field: "measure", label: "Key Measure" },
            { field: "detail", label: "Specific Operational Detail" },
            { field: "timescale", label: "Timescale" },
            { field: "progress", label: "Year2 Progress/ Amendments" },
            { field: "nextSteps", label: "New Outcome Year 3" },
            { field: "lead", label: "Work Group/ Chair" },
            { field: "resources", label: "Resources" },
            { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" },
          ],
          actions: [
            {
              number: "2.5.1",
              title: c(
                "Identify and assess the range of support services for victims of crime in the Lothian and Borders area and consider the way in which victims access support and the referral process to/from organisations",
              ),
              rows: [
                {
                  detail: c(
                    "To ensure that practitioners' understand what services are available so that victims needs can be best met.",
                    "To ensure that support services have recognised outcomes and achieve best value, possibly through accreditation and audit.",
                    "To explore the possibility of a victim centred 'one stop shop' approach.",
                  ),
                  timescale: timescale("2008-09"),
                  lead: c("Alan McCloskey Victim Support"),
                  partners: c("CJSW SPS Police COPFS Vol Orgs"),
                  resources: money("Existing Resources"),
                },
              ],
            },
            {
              number: "2.5.2",
              title: c("Develop a CJA training strategy in terms of the needs of victims' of crime"),
              rows: [
                {
                  detail: c(
                    "To establish a CJA training sub-group to address 'cross-agency' issues.",
                    "To ensure that training in assessing the needs of victims is provided to appropriate personnel within organisations, and that it is relevant and to a standard capable of audit",
                  ),
                  timescale: timescale("2008-09"),
                  lead: c("Alan McCloskey Marian Gray Ian McLean"),
                  resources: money("Existing Resources"),
                },
              ],
            },
            {
              number: "2.5.3",
              title: c(
                "From a diversity perspective, consider the level of access by victims' of crime to support services.",
              ),
              rows: [
                {
                  detail: c(
                    "To ensure that support services are open and available to all who need them.",
                    "To ensure that uptake of support services is audited.",
                  ),
                  timescale: timescale("2008-10"),
                },
              ],
            },
          ],
        },
        {
          number: "2.6",
          title: "Families Outcomes (A4, A5, C2)",
          outcomeRefs: refs("(A4, A5, C2)"),
          columns: [
            { field: "measure", label: "Key Measure" },
            { field: "detail", label: "Specific Operational Detail" },
            { field: "timescale", label: "Timescale" },
            { field: "progress", label: "Year2 Progress/ Amendments" },
            { field: "nextSteps", label: "New Outcome Year 3" },
            { field: "lead", label: "Work Group/ Chair" },
            { field: "resources", label: "Re-sources" },
            { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" },
          ],
          actions: [
            {
              number: "2.6.1",
              title: c(
                "Support to Families affected by imprisonment for their own needs and in their own right",
              ),
              rows: [
                {
                  detail: c(
                    "Develop the availability of an independent visitor centre type model of support based on 1:1 relationships which build trust and are complimentary to other roles eg social workers, family contact officers",
                    "Develop and implement an effective information strategy based on the requirement for each element of the criminal justice system to assess the impact of their role and interaction with the offender - on the offenders family and consequently proactively identify and provide accessible information for families",
                  ),
                  timescale: timescale(
                    "Evaluation and review complete by end of year 1",
                    "Strategy developed year 2 and implemented 2009-10",
                  ),
                  lead: c("Nancy Loucks/ Families Outside"),
                  partners: c(
                    "Salvation Army SPS CJSW NHS CJA Onward Trust",
                    "NHS Lothian HMP Edinburgh CoE Families Outside Bookstart Kids VIP Experiential Play Toy Box Smile Child care Salvation Army",
                  ),
                  resources: money("£15,000", "£25k from EVOC"),
                },
              ],
            },
            {
              number: "2.6.2.",
              title: c(
                "Mitigation of the impact of imprisonment through provision of information (directly meets community outcome on families)",
              ),
              rows: [
                {
                  detail: c("2008-09 set operational responsibilities and agree outcomes"),
                  lead: c("Nancy Loucks/ Families Outside"),
                  partners: c("Salvation Army SPS CJSW NHS CJA Onward Trust"),
                },
              ],
            },
            {
              number: "2.6.3",
              title: c(
                "Aim to ensure that agencies out with the justice system are aware of the impact of imprisonment on families and are able to respond / refer accordingly",
              ),
              rows: [
                {
                  detail: c(
                    "Develop & deliver training, awareness raising and practice guidance for the range of non-justice agencies on the impact of imprisonment on families, including health, education, benefits, housing, VOs, community education, Children's Panels and LAs.",
                  ),
                  timescale: timescale("2008-09"),
                  lead: c("Nancy Loucks/ Families Outside"),
                  partners: c("Salvation Army SPS CJSW NHS CJA Onward Trust"),
                },
              ],
            },
          ],
        },
      ],
    },
    {
      title: "WORKING IN PARTNERSHIP",
      columns: [
        { field: "measure", label: "Key Measure" },
        { field: "detail", label: "Specific Operational Detail" },
        { field: "timescale", label: "Timescale" },
        { field: "progress", label: "Year2 Progress/ Amendments" },
        { field: "nextSteps", label: "New Outcome Year 3" },
        { field: "lead", label: "Work Group/ Chair" },
        { field: "resources", label: "Resources" },
        { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" },
      ],
      actions: [
        {
          number: "3.1.1",
          outcomeRefs: refs("(A2,A3; B1-B5; C1,C2)"),
          title: c("Establish integrated Community Planning mechanism (CPP)"),
          rows: [
            {
              detail: c(
                "Ensure the planning and strategic function of the CJA is reflected in the Community Planning mechanism of five local authorities and their respective Single Outcome Agreements",
              ),
              timescale: timescale("2008-11"),
              lead: c("Chief Officer SDC Chief Executives Members COSLA"),
              resources: money("Existing resources"),
              flags: { "area-plan-2011-14": yesNo("YES") },
            },
          ],
        },
        {
          number: "3.1.2",
          outcomeRefs: refs("(B3-B4; C1,C2)"),
          title: c("Establish integrated Community Health Partnership planning mechanism"),
          rows: [
            {
              detail: c(
                "Ensure the planning and strategic function of the CJA is reflected in the Community Health Partnership structure of the two NHS Boards and their respective Single Outcome Agreements",
              ),
              timescale: timescale("2008-11"),
              lead: c("Chief Officer SDC Chief Executives"),
              flags: { "area-plan-2011-14": yesNo("YES") },
            },
          ],
        },
        {
          number: "3.1.3",
          outcomeRefs: refs("(A5; B1-B5; C1-C3)"),
          title: c(
            "Development of information sharing processes for improvement in sharing responsibility and better case management",
          ),
          rows: [
            {
              detail: c(
                "Review of data sharing requirements and ultimately lead to a proposal for a new system of data collation",
              ),
              timescale: timescale("2008-11"),
              lead: c("Chief Officer"),
              partners: c("Local Authorities IT SPS Police CJA"),
            },
          ],
        },
        {
          number: "3.1.4",
          outcomeRefs: refs("(C1-C3)"),
          title: c("Development of network of specialist resources"),
          rows: [
            {
              detail: c(
                "Research and review all existing voluntary/independent sector providers and gaps in provision",
              ),
              timescale: timescale("2008-11"),
              lead: c("Chief Officer Project Manager The Robertson Trust Apex SPS Includem Vol Orgs"),
              resources: money(
                "Total 2 year project funding £102,000:",
                "The Robertson Trust: £30,000",
                "SPS £30,000",
                "Scottish Government: £12,000",
                "VOs £30,000",
              ),
            },
          ],
        },
        {
          number: "3.1.5",
          outcomeRefs: refs("(C1-C2)"),
          title: c(
            "Ensure high standard of contractual arrangements between purchasers and providers and explore opportunities for establishment of best practice",
          ),
          rows: [
            {
              detail: c(
                "Undertake review of all existing SLA's/contracts with a view to standardisation, reduction in duplication and simplification",
              ),
              timescale: timescale("2008-11"),
              lead: c("Chief Officer Project Manager CJA CJSW Voluntary/ independent sector"),
              resources: money("Existing resources"),
            },
          ],
        },
      ],
    },
    {
      title: "DEVELOPING AND SUPPORTING THE WORKFORCE",
      columns: [
        { field: "measure", label: "Key Measure" },
        { field: "detail", label: "Specific Operational Detail" },
        { field: "timescale", label: "Timescale" },
        { field: "progress", label: "Year2 Progress/ Amendments" },
        { field: "nextSteps", label: "New Outcome Year 3" },
        { field: "lead", label: "Work Group/ Chair" },
        { field: "resources", label: "Resources" },
        { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" },
      ],
      actions: [
        {
          number: "4.1.1",
          outcomeRefs: refs("(C1-C4)"),
          title: c(
            "Development of integrated training plan across CJA understanding needs of all service providers and establishing shared training practice",
          ),
          rows: [
            {
              detail: c(
                "Use resources of agencies to audit and plan training needs of workforce recognising both the national and local training agenda",
              ),
              timescale: timescale("2008-09 and ongoing"),
              lead: c("Marian Gray/Scottish Borders Council"),
              partners: c("CJSW Training SPS Police Vol Orgs"),
              resources: money(
                "Provisional Costs: Multi Agency Risk training £10,800",
                "Working with Women Offenders £9,900",
              ),
            },
          ],
        },
        {
          number: "4.1.2",
          outcomeRefs: refs("(C1-C4)"),
          title: c(
            "Ensure integrated service and staff development allowing emergence of best practice and sharing across agencies",
          ),
          rows: [
            {
              detail: c(
                "Develop a model of service planning. This brings together agencies and staff to develop specific services and share skills.",
              ),
              timescale: timescale("2008-09 and ongoing"),
              lead: c("Marian Gray/Scottish Borders Council"),
              partners: c("CJSW Training SPS Police Vol Orgs"),
            },
          ],
        },
      ],
    },
    {
      title: "COMMUNICATION STRATEGY",
      columns: [
        { field: "measure", label: "Key Measure" },
        { field: "detail", label: "Specific Operational Detail" },
        { field: "timescale", label: "Timescale" },
        { field: "progress", label: "Year2 Progress/ Amendments" },
        { field: "nextSteps", label: "New Outcome Year 3" },
        { field: "lead", label: "Work Group/ Chair" },
        { field: "resources", label: "Resources" },
        { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" },
      ],
      actions: [
        {
          number: "5.1.1",
          outcomeRefs: refs("(A2,A3,A5; C2)"),
          title: c("Establish means of communication to inform on work and purpose of the CJA"),
          rows: [
            {
              detail: c(
                "Use the newly established CJA website to promote both the CJA and its partners and act as a portal for information relating to the CJA, its activities, achievements against the area plan and to receive feedback from the community",
              ),
              lead: c("Chief Officer"),
              resources: money("Existing resources", "Costs to be scoped and resource identified"),
            },
          ],
        },
        {
          number: "5.1.2",
          outcomeRefs: refs("(A2,A3,A5; C)"),
          title: c(
            "Using media to communicate purpose of CJA and to inform public of range and benefits of justice services",
          ),
          rows: [
            {
              detail: c(
                "Make direct contact with each of the local media across the CJA, link with formal launch of the CJA and supply 'copy' designed to be of local interest",
              ),
              timescale: timescale("Year 1 and ongoing"),
              lead: c("Chief Officer"),
              resources: money("Existing resources"),
            },
          ],
        },
        {
          number: "5.1.3",
          outcomeRefs: refs("(A2-A5 ; C2)"),
          title: c(
            "Engaging the wider community in understanding the function of justice agencies and sentencing options",
          ),
          rows: [
            {
              detail: c(
                "Explore the development of 'Community Justice' as a curriculum interest with colleges of further education",
              ),
              timescale: timescale("Progress update 2008-09"),
              lead: c("SPS / CJA"),
              resources: money(
                "CJA - £2,000 Fire Police SPS British Red Cross Network Rail Families Outside Fiscal office",
              ),
            },
          ],
        },
        {
          number: "5.1.4",
          outcomeRefs: refs("(A2-A5 ; C1-C2)"),
          title: c("Share information with other CJAs on areas of good practice of partner agencies."),
          rows: [
            {
              detail: c(
                "Establish process between CJAs for sharing good practice areas.",
                "Establish process between CJA and partner agencies for reporting good practice",
              ),
              timescale: timescale("August 2009"),
              lead: c("Chief Officer"),
              resources: money("Existing"),
            },
          ],
        },
      ],
    },
    {
      title: "PERFORMANCE FRAMEWORK",
      columns: [
        { field: "measure", label: "Key Measure" },
        { field: "detail", label: "Specific Operational Detail" },
        { field: "timescale", label: "Timescale" },
        { field: "progress", label: "Year2 Progress/ Amendments" },
        { field: "nextSteps", label: "New Outcome Year 3" },
        { field: "lead", label: "Work Group/ Chair" },
        { field: "resources", label: "Resources" },
        { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" },
      ],
      actions: [
        {
          number: "6.1",
          outcomeRefs: refs("(A2; B1-B5; C1-C4)"),
          title: c("Integrated Case Management"),
          rows: [
            {
              detail: c("Focus upon multi-agency co-operation to significantly improve performance"),
              timescale: timescale("Year 1-3"),
              lead: c("SPS/CJA/ CJSW"),
              resources: money("Existing Resources"),
            },
          ],
        },
        {
          number: "6.2",
          outcomeRefs: refs("(C1 -C4)"),
          title: c(
            "Increase CJA capacity to undertake performance management and quality assurance function",
          ),
          rows: [
            {
              detail: c(
                "Employ specialist resource to undertake performance management and quality assurance functions",
              ),
              timescale: timescale("Year 1-3"),
              lead: c("Chief Officer"),
              resources: money("Existing resources"),
              flags: { "area-plan-2011-14": yesNo("YES") },
            },
          ],
        },
        {
          number: "6.3",
          outcomeRefs: refs("(C1-C4)"),
          title: c("Establish best practice and best value in the provision of core services"),
          rows: [
            {
              detail: c(
                "Undertake Benchmarking exercise across main service areas of CJSW service provision",
              ),
              timescale: timescale("2008-10"),
              lead: c(
                "Chief Officer Directors/ Chief Social Work Officers Service Managers CJA Finance Manager",
              ),
              resources: money("Existing resources"),
            },
          ],
        },
        {
          number: "6.4",
          outcomeRefs: refs("(C1-C4)"),
          title: c(
            "Ensure that SPS CJSW, and partners in receipt of Section 27 funding have performance management and Quality Assurance in place",
          ),
          rows: [
            {
              detail: c(
                "Seek assurance that appropriate arrangements are in place from CJSW and SPS for their services and with whom they contract",
              ),
              timescale: timescale("2008-09"),
              lead: c("Chief Officer"),
              resources: money("Existing resources"),
            },
          ],
        },
      ],
    },
  ],
};

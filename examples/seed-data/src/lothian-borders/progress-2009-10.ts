import { communityJusticeAuthorities, type ProgressReturn } from "@cja-kit/core";
import { c, entry, marked } from "../build";

/**
 * Lothian & Borders CJA, Action Plan 2010-11 (seed 002): the "Year 2 Progress/ Amendments" column
 * (`progress`) and the "New Outcome Year 3" column (`nextSteps`), one entry per action row that has
 * either, rows counted from 0 as in {@link lothianBordersActionPlan2010_11}.
 */
export const lothianBordersProgressYear2: ProgressReturn = {
  id: "lothian-borders/progress-2009-10",
  planId: "lothian-borders/action-plan-2010-11",
  title: "Year 2 Progress/ Amendments",
  authority: communityJusticeAuthorities["lothian-borders"],
  period: { kind: "plan-year", number: 2, year: "2009-10" },
  entries: [
    entry({
      action: "2.1.1",
      row: 0,
      progress: c(
        "Representation from Lothian and Borders NHS and other partners established. Group meeting and undertaking strategic review.",
        "Group reporting quarterly as on target",
        "The data review in relation to the core screen and the SER has been completed. This helped establish the need for increase accessibility to GP registrations. This was found to be low.",
      ),
      nextSteps: c(
        "An electronic “clearing house” is to be piloted in NHS Lothian and NHS Borders in 2009/10.",
        "This will allow prisoners to have their GP identified to SPS at incarceration or as part of the through-care arrangements. The target has been set that no prisoner shall leave prison without a registered GP.",
      ),
    }),
    entry({
      action: "2.1.2",
      row: 0,
      progress: c(
        "A through-care and after care team – working within the Edinburgh Access Practice – has been developed as part of the KeepWell initiative.",
        "This will be piloted in NHS Lothian in 2009/10",
      ),
      nextSteps: c(
        "Specific operational outcomes will be developed on the basis of the evaluation of the pilot scheme in 2009/10. A full service will be operational by 2010/11 onwards.",
      ),
    }),
    entry({
      action: "2.1.3",
      row: 0,
      progress: c(
        "Representation from L&B NHS and other partners established.",
        "Group meeting and undertaking strategic review.",
        "Group reporting quarterly as on target",
        "A preliminary literature review on the applicability of alcohol brief interventions for CJA clients has been completed. This is being augmented by a review on residential and peer supported Detox services (e.g. LEAP).",
      ),
      nextSteps: c(
        "This will be linked to the Scottish Government's consultation paper: \"Changing Scotland's relationship with alcohol\"",
      ),
    }),
    entry({
      action: "2.1.4",
      row: 0,
      progress: c(
        marked(
          "Concordat has resulted in this now being brought under Community Planning – **integrate with 3.1.1.**",
        ),
      ),
    }),
    entry({
      action: "2.1.5",
      row: 0,
      progress: c("Awaiting outcome of Mental Health Review Report"),
      nextSteps: c("Develop proposal for 'Crisis Reaction Team' to provide psychiatric expertise in Court"),
    }),
    entry({
      action: "2.2.1",
      row: 0,
      progress: c(
        "Representation from Lothian and Borders partners established. Group meeting and undertaking strategic review. Group reporting quarterly as on target.",
        "Access to Industry transition worker has no further funding – no service since June 09",
      ),
      nextSteps: c(
        "Aim to secure a local employability provider to work with prisoners nearing the end of their sentence and to support them on transition back to the community (no funding at present)",
        "Maintain existing literacy and numeracy worker support from the local Lit/Num partnership at HMP Edinburgh",
      ),
    }),
    entry({
      action: "2.2.2",
      row: 0,
      progress: c(
        "Representation from Lothian and Borders partners established. Group meeting and undertaking strategic review. Group reporting quarterly as on target",
        "Funding for Apex Construction employability worker will draw to a close during 2010",
      ),
      nextSteps: c(
        "New targets to be set based on year 2 outcomes and decline in funding streams and employment sector",
        "In addition to focusing upon employment related service delivery it has also been possible to establish a work project designed to audit and analyse employment related need and service provision amongst the current offender population and related organisations.",
        "This work is being led by a specialist in the employment field who is on a secondment from APEX (Scotland). The project will result in an action plan designed to achieve a better integration of employment need, training, work opportunities and access to the specialist agencies.",
      ),
    }),
    entry({
      action: "2.2.3.",
      row: 0,
      progress: c(
        "Group established and working. Agreement reached to recognise achievement of offender work undertaken as part of CSO and recognition of H&S and manual handling skills.",
        "Retrain CS workforce is a year 2 ambition for which additional resources are required",
        "Initial CS Newsletter issued Dec 08, bi-annual newsletters planned for 2009 (summer issue distributed 31 July)",
        "Cabinet Secretary visit to Duns 27 July.",
      ),
      nextSteps: c(
        "Assessor training established with West Lothian College. First cohort of supervisors to undertake assessor training. Targets set for number of supervisors trained and number of offenders to be assessed for SVQ 1",
      ),
    }),
    entry({
      action: "2.2.4",
      row: 0,
      progress: c(
        "Secondee appointed and commenced November 2008, due to complete December 2009.",
        "Work stream established for work project designed to audit and analyse employment related need and service provision amongst the current offender population and related organisations.",
      ),
      nextSteps: c(
        "The project will result in an action plan designed to achieve a better integration of employment need, training, work opportunities and access to the specialist agencies.",
      ),
    }),
    entry({
      action: "2.2.5",
      row: 0,
      progress: c(
        "Pathways Through Learning event successfully delivered demonstrating six examples of best practice and bringing together LA, SPS and literacy staff. Further Autumn follow up of progress to date",
        "The need for a pack of awareness raising materials aimed at the Criminal Justice sector was identified through the Lothian and Borders Community Justice Authority. Adult Literacy and Numeracy Awareness Raising materials have been developed focussing on criminal justice social workers",
        "New project funded in West Lothian Council for literacy provision in Constructs programme and HMP Addiewell",
      ),
      nextSteps: c(
        "Develop a strong network and progress the outcomes/work streams from the event to build on literacy development across L&B.",
        "This training material will be used throughout 2010/11 to raise awareness.",
        "The materials are research-based, drawing on practitioner-led research of awareness raising with health professionals, as well as on the writers' experience, and also on key ideas contributed by Professor Lyn Tett and Professor Fergus McNeill at a Lothian and Borders Community Justice Authority conference, Pathways Through Learning, which took place in March 2009.",
      ),
    }),
    entry({
      action: "2.3.1",
      row: 0,
      progress: c(
        "This work stream has not progressed as designed",
        'Group to be set up and engaged to progress key measures. This will also take advice from the Scottish Government Criminal Justice Directorate paper: "Short life working group report on housing advice services for prisoners"',
      ),
      nextSteps: c("Implement and monitor operational protocol"),
    }),
    entry({
      action: "2.3.2",
      row: 0,
      progress: c("This work stream has not progressed as designed"),
      nextSteps: c(
        "New strategy is to adopt Tayside model of best practice and implement locally drawing on the statutory function of LA under Homeless legislation",
      ),
    }),
    entry({
      action: "2.3.3.",
      row: 0,
      progress: c(
        "Accommodation audit completed.",
        "Interim response received.",
        "Purchased service review completed.",
        "Priority decisions regarding young offenders accommodation implemented",
      ),
      nextSteps: c(
        "Working group required to co-ordinate five council reviews of local accommodation and the ability to provide support structures.",
      ),
    }),
    entry({
      action: "2.4.1",
      row: 0,
      progress: c(
        "Community Service Group established. SW Directors advised of key Ministerial priority. Process in place to commencement quarterly measurement of new standard",
      ),
      nextSteps: c("Implement new legislation and establish performance feedback."),
    }),
    entry({
      action: "2.4.1",
      row: 1,
      progress: c(
        "Establish project plan and project group to audit, analyse and review effectiveness of DTTO",
      ),
      nextSteps: c("Make recommendations for changes in this area of service delivery if applicable"),
    }),
    entry({
      action: "2.4.1",
      row: 2,
      progress: c("Reviews complete and now informing review of cost base in each council"),
      nextSteps: c("Review in line with Scotland's Choice and Reform & Revitalise and new legislation"),
    }),
    entry({
      action: "2.4.2.",
      row: 0,
      progress: c("Received Annual Report 2008-09, awaiting the 2009-10 MAPPA Annual Report"),
      nextSteps: c("Await new legislation on violent offenders"),
    }),
    entry({
      action: "2.4.2.",
      row: 2,
      progress: c("Governance Group now agreed."),
      nextSteps: c(
        "New model of strategic oversight to be implemented in 2010/11 to ensure consistency of delivery across five LA's, four police divisions & two health boards",
      ),
    }),
    entry({
      action: "2.4.2.",
      row: 3,
      progress: c(
        "Work completed and awaiting publication – further work being undertaken to reference work with MAPPA Guidance 5",
      ),
      nextSteps: c("Make local guidance available across all eight CJAs"),
    }),
    entry({ action: "2.4.2.", row: 4, progress: c("L&B MAPPA Guidance manual produced July 2008") }),
    entry({
      action: "2.4.3",
      row: 0,
      progress: c(
        "Multi-agency group established. Chaotic Lives report published January 2009. A range of proposals for service improvement were brought to CJA in March 2009",
        "Secondee appointed in September 2009 to a new specialist temporary position for multi-agency service development for delivery of new gender specific services.",
        "Post will be line managed by East Lothian Council",
        "Group to develop other recommendations / actions from Chaotic Lives",
      ),
      nextSteps: c(
        "Development of new services to be approved and implemented across L&B.",
        "Training on new service delivery to be completed.",
      ),
    }),
    entry({
      action: "2.4.4",
      row: 0,
      progress: c(
        "Project Board established. New service to go live on 1/10/08 across L&B. Initial target for 10 places as direct alternative to custody",
        "Project extended by 6 months for 10 additional places until 30/9/09",
        "Project has directly reduced numbers in custody at Polmont HMYOI",
      ),
      nextSteps: c(
        "Evaluate project outcomes and determine, based on effectiveness whether to introduce a permanent new supervision requirement for 16-18 yr olds and establish cost base",
      ),
    }),
    entry({ action: "2.4.5", row: 0, progress: c("Work-stream currently under review") }),
    entry({
      action: "2.4.6",
      row: 0,
      progress: c(
        "CLC, CJA & SPS worked together to establish plan for new way forward. Centre launched by Cabinet Secretary Ewing. Management structure reviewed. New services attracted to CLC; referrals have increased. Strategic review group completed review of service Sept 08.",
        "The Scottish Legal Aid Board has in partnership with the CJA agreed to provide a civil legal advice service to prisoners, ex-prisoners & prisoners' families in prison and the community (CLC).",
      ),
      nextSteps: c(
        "Following purchased service review determine extent of re-provisioning of this resource",
        "Ongoing development work to assist the set up of this service in the CLC and Prison based Links Centres. Establish new service at HMP Addiewell",
      ),
    }),
    entry({
      action: "2.4.7",
      row: 0,
      progress: c(
        "Significant progress achieved through increase in HMP Edinburgh from 50% to 74% L&B occupancy in 2007-08.",
        "Expected impact from:",
        '"Scotland\'s Choice"',
        "HMP Grampian",
        "HMP Addiewell",
        "Open Estate Review",
      ),
      nextSteps: c(
        "Continue to progress move to community facing at HMP Edinburgh recognising constraints of high custody numbers. Revisit targets in line with new accommodation at HMP Edinburgh",
      ),
    }),
    entry({
      action: "2.4.8",
      row: 0,
      progress: c(
        "Staff have been seconded to Road Test the programme.",
        "Caledonian System (specialist domestic violence programme) has been resubmitted and now received accreditation",
      ),
      nextSteps: c(
        "Continue Forum amongst 5 LA's to agree model of roll-out of Caledonian across the CJA. Additional funding awaited in order to roll out the operation of this service",
      ),
    }),
    entry({
      action: "2.4.9",
      row: 0,
      progress: c(
        "Funding has been provided to CLAN to extend service to HMP Cornton Vale and Polmont HMYOI. Funding has also provided support to the Family Group in HMP Edinburgh Visitors Centre",
        "Agreed launch of literacy service to all front-line staff to improve awareness and uptake",
      ),
      nextSteps: c("Set targets for service delivery in each of the three prisons", "See 2.2.5 above"),
    }),
    entry({
      action: "2.4.10",
      row: 0,
      progress: c("Project delivered in July 2009 in West Lothian."),
      nextSteps: c("Network Rail to determine whether they repeat in 2010"),
    }),
    entry({
      action: "2.5.1",
      row: 0,
      progress: c(
        "Change of Victim Support personnel has prevented early development of this work stream.",
        "New personnel now in place and group re-established.",
        "Training outcome facilitated.",
        "Scoping exercise re services and referral systems is complete.",
      ),
      nextSteps: c("Victim Group to implement new actions"),
    }),
    entry({
      action: "2.5.2",
      row: 0,
      progress: c("Training material developed & piloted and is currently being reviewed."),
      nextSteps: c(
        "Victim Support training to be integrated into all CJA partner agencies induction training where applicable",
      ),
    }),
    entry({ action: "2.5.3", row: 0, progress: c("Complete"), nextSteps: c("Not applicable") }),
    entry({
      action: "2.6.1",
      row: 0,
      progress: c(
        "Held Quarterly meetings with full Group. Completed mapping exercise.",
        "Family support work at Prison Visitors' Centre progressing well.",
        "Family member now taking part in group meetings.",
        "Report on development work at Prison Visitors' Centre completed and circulated. Circulated proposal for funding for development of coordinated training packages.",
        "Secured graduate student to conduct exploratory work into Child Impact Statements",
      ),
      nextSteps: c(
        "Identify gaps based on mapping exercise. Continue to monitor progress of family support work.",
        "Continue to seek funding for development of coordinated training packages.",
        "Continue focus on provision of information at arrest and court stages.",
        "Complete and circulate proposal for court information pilot in West Lothian.",
        "Identify and pursue opportunities for family support during community-based CJ orders.",
        "Ensure support for families across all regions of the CJA.",
        "Children's worker post established at HMP Edinburgh. 18 months development post targeted at Children Affected by Imprisonment",
      ),
    }),
    entry({
      action: "2.6.2.",
      row: 0,
      progress: c(
        "Operational responsibilities reviewed and new arrangement agreed to deliver better described outcomes through additional staffing",
      ),
      nextSteps: c("n/a"),
    }),
    entry({
      action: "2.6.3",
      row: 0,
      progress: c("Families seminar in planning phase. Work in progress"),
      nextSteps: c("Implement strategy for awareness raising"),
    }),
    entry({
      action: "3.1.1",
      row: 0,
      progress: c(
        "Autumn 2009 appointment of Strategic Development Co-ordinator. Job requires alignment of CJA and CPP plans",
      ),
      nextSteps: c("By March 2011 achieve integrated planning framework between statutory planning partners"),
    }),
    entry({
      action: "3.1.2",
      row: 0,
      progress: c(
        "Autumn 2009 appointment of Strategic Development Co-ordinator. Job requires alignment of CJA, CHP and CH(C)P plans",
      ),
      nextSteps: c("By March 2011 achieve integrated planning framework between statutory planning partners"),
    }),
    entry({
      action: "3.1.3",
      row: 0,
      progress: c("Not commenced"),
      nextSteps: c(
        "LSCMI is being developed nationally which will capture many of the functions described in this key measure",
      ),
    }),
    entry({
      action: "3.1.4",
      row: 0,
      progress: c(
        "Project Group established and Job Description agreed. Additional resources attracted and Partnership Development Manager appointed in October 2008",
        "Phase 1 of project complete.",
      ),
      nextSteps: c("Phases 2&3 to complete in Oct 2009 – Oct 2010"),
    }),
    entry({
      action: "3.1.5",
      row: 0,
      progress: c(
        "Purchased Service review into second phase with detailed scrutiny of clustered services with a view to achieving efficiency, value for money and services matched to national and local priorities",
      ),
      nextSteps: c(
        "Work on the establishment of service level agreements that contribute to clear performance management, delivery and evaluation. To include full compliance with procurement, governance & appropriate audit mechanisms.",
      ),
    }),
    entry({
      action: "4.1.1",
      row: 0,
      progress: c(
        "Comprehensive training plan prepared including roll out of national training elements. Training delivery now programmed for this and subsequent years",
      ),
      nextSteps: c(
        "Implementation of the plan for integrated training where this is necessary and meets with the partners training objectives",
      ),
    }),
    entry({ action: "4.1.2", row: 0, progress: c("As above"), nextSteps: c("As above") }),
    entry({
      action: "5.1.1",
      row: 0,
      progress: c("Website established.", "National Sharepoint site established"),
      nextSteps: c(
        "Actively promote Hyperlinks to all agencies",
        "Carry out review of current website to consider interactive CJA partners page for provision of information, best practice, surveys",
      ),
    }),
    entry({
      action: "5.1.2",
      row: 0,
      progress: c(
        "Successful launch event, copy sent to all local press contacts and radio",
        "Radio & TV coverage achieved for Venture Trust mobile unit, Launch",
        "Two issues of Community Service Newsletter produced & distributed",
        "Life/Time launch planned for March 2009",
      ),
      nextSteps: c("Continue established Newsletter production and delivery at 6 monthly intervals"),
    }),
    entry({
      action: "5.1.3",
      row: 0,
      progress: c(
        marked(
          "Develop the Life/time project introduced in schools as pilot. The project was formally adopted by the CJA at their meeting on 5^th^ June 2008.",
        ),
        "The programme has now been delivered to 800 school children",
        "Formal launch of project planned for March 2009",
      ),
      nextSteps: c("Continue Life/Time project & secure funding from various sources"),
    }),
    entry({
      action: "5.1.4",
      row: 0,
      progress: c(
        "Process established together with introduction of national Sharepoint site. L&B CJA well represented in both, examples of good practice and contributions to Sharepoint",
      ),
      nextSteps: c("Continue year 2s progress."),
    }),
    entry({
      action: "6.1",
      row: 0,
      progress: c(
        "National target of 85% achieved and exceeded to 94%",
        "Quarterly reports issued and reported on",
      ),
      nextSteps: c(
        "Joint agreement to national target of 85%. Currently exceeded and continue to report quarterly.",
        "Introduce new qualitative measures of family attendance, recognising that this measure must be individually tailored to each family if appropriate",
      ),
    }),
    entry({
      action: "6.2",
      row: 0,
      progress: c(
        "Agreement reached with LA's to work together to develop performance framework mechanism reflecting national strategy and national standards. Product delivered but not yet in use due to unresolved issues relating to double inputting. Current discussions with LA Directors to try and resolve",
      ),
      nextSteps: c(
        "Implement performance framework mechanism and commence routine collation and analysis of data.",
      ),
    }),
    entry({
      action: "6.3",
      row: 0,
      progress: c(
        "All key service areas delivered by LA's subject to internal review. Due to report December 2008.",
        "All services reviewed and recommendations integrated into service development plans",
      ),
      nextSteps: c("Undertake cost base review using independent firm of accountants."),
    }),
    entry({
      action: "6.4",
      row: 0,
      progress: c("As 6.2 above"),
      nextSteps: c("Adopt SPS performance framework proxies until adoption of LSCMi model"),
    }),
  ],
};

//! The text table: one key, its 中文 and its English. A key without both is
//! a compile error. `{0}`, `{1}`… are filled by [`super::Lang::tf`].

use super::Lang;

macro_rules! texts {
    ($($key:ident => $zh:literal, $en:literal;)*) => {
        /// A UI text key.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum T { $(#[doc = $en] $key),* }

        impl T {
            /// Every key (for tests).
            pub const ALL: &'static [T] = &[$(T::$key),*];

            /// The text in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                // Each language's texts are one string, cut at offsets
                // computed at compile time: far less WASM than a match, and
                // 2 bytes per text instead of a pointer and a length
                // (-2 KB gzip, issue 10).
                const ZH: &str = concat!($($zh),*);
                const EN: &str = concat!($($en),*);
                const ZH_AT: &[u16] = &offsets([0, $($zh.len()),*]);
                const EN_AT: &[u16] = &offsets([0, $($en.len()),*]);
                let (all, at) = match lang {
                    Lang::Zh => (ZH, ZH_AT),
                    Lang::En => (EN, EN_AT),
                };
                let i = self as usize;
                all.get(usize::from(at[i])..usize::from(at[i + 1]))
                    .unwrap_or_default()
            }
        }
    };
}

/// The running sums of `lens` (given with a leading 0): where each text
/// starts in its language's string, and where the last one ends. A string
/// longer than 64 KiB does not compile.
const fn offsets<const N: usize>(lens: [usize; N]) -> [u16; N] {
    let mut out = [0u16; N];
    let mut sum = 0;
    let mut i = 0;
    while i < N {
        sum += lens[i];
        assert!(sum <= u16::MAX as usize, "text table over 64 KiB");
        out[i] = sum as u16;
        i += 1;
    }
    out
}

texts! {
    // App shell
    AppName => "赢单计划", "Win Plan";
    AppTitle => "赢单计划 · 拜访准备与商机判断", "Win Plan · visit preparation and deal qualification";
    SkipToContent => "跳到主要内容", "Skip to main content";
    MainNav => "主导航", "Main navigation";
    MyPlans => "我的拜访计划", "My plans";
    OtherLanguageName => "English", "中文";
    SwitchLanguageLabel => "切换到英文界面", "Switch to Chinese";
    AllSaved => "已自动保存", "All changes saved";
    CopySuffix => "（副本）", " (copy)";

    // Storage messages
    StorageUnavailable => "浏览器不允许本应用保存数据（可能是隐私模式或存储被禁用）。您可以继续填写，但关闭页面后内容会丢失。", "This browser does not let the app store data (private mode or storage disabled?). You can keep working, but nothing will survive closing the page.";
    StorageFull => "浏览器存储空间已满：最新的修改只保存在本页面中，尚未写入存储。已保存的内容不受影响。请删除不需要的计划或释放浏览器空间。", "Browser storage is full: your latest change is only in this page and is not stored yet. Everything saved before is safe. Delete plans you no longer need or free up browser storage.";
    StorageWriteFailed => "保存失败：最新的修改只保存在本页面中。已保存的内容不受影响。", "Saving failed: your latest change is only in this page. Everything saved before is safe.";
    UnreadableData => "有 {0} 项已保存的数据无法读取。它们被原样保留，没有被覆盖；您可以下载备份。", "{0} stored item(s) could not be read. They are kept untouched, never overwritten, and you can download them.";
    UnreadableNewer => "其中有数据来自更新版本的赢单计划，请更新应用。", "Some were made by a newer version of Win Plan: update the app.";
    UnsavedPlans => "尚未保存的计划：{0}。空间一旦允许就会自动重新保存。", "Not stored yet: {0}. They are saved again as soon as there is room.";
    RetrySave => "重新保存", "Try saving again";
    ExportUnsaved => "导出未保存的计划", "Export the unsaved plans";
    DeletedElsewhere => "计划“{0}”已在另一个标签页中被删除。本页面仍保留着它的内容。", "The plan “{0}” was deleted in another tab. This tab still has its content.";
    KeepAsNewPlan => "保留为新计划", "Keep it as a new plan";
    LetItGo => "不保留", "Let it go";
    ClearedElsewhere => "赢单计划的全部数据已在另一个标签页中被清除。本页面仍保留着 {0} 个计划。", "All of Win Plan's data was removed in another tab. This tab still holds {0} plan(s).";
    KeepThem => "全部保留", "Keep them";
    LetThemGo => "不保留", "Let them go";
    DataOnDevice => "本设备上的数据", "Data on this device";
    PersistGranted => "浏览器已同意长期保留本应用的数据，即使存储空间紧张也不会自动清除。", "The browser agreed to keep this app's data, even when storage runs low.";
    PersistRefused => "浏览器没有承诺长期保留这些数据：存储空间紧张时可能被清除。请定期导出备份。", "The browser did not promise to keep this data: it may be cleared when storage runs low. Export a backup now and then.";
    StorageUsed => "本应用的数据在此浏览器中占用 {0}。", "This app's data takes {0} in this browser.";
    PersistUnknown => "浏览器没有说明是否会长期保留这些数据。请定期导出备份。", "The browser did not say whether it keeps this data. Export a backup now and then.";
    NotSavedYet => "尚未保存", "Not saved yet";
    CopyUnreadable => "浏览器无法下载文件：请复制下面的原始数据并妥善保存。", "The browser could not download the file: copy the raw data below and keep it safe.";
    DownloadUnreadable => "下载无法读取的数据", "Download the unreadable data";

    // Plan list
    NewPlan => "新建拜访计划", "New plan";
    NoPlansYet => "还没有拜访计划。为下一次客户拜访新建一个：客户、联系人、拜访准备、痛点与需求、BANTCC，一步一步来。", "No plans yet. Create one for your next customer visit: customer, contacts, visit preparation, pains and needs, BANTCC, step by step.";
    UntitledPlan => "未命名计划", "Untitled plan";
    StepOfTotal => "第 {0}/{1} 步：", "Step {0} of {1}: ";
    StepHeading => "第 {0}/{1} 步 · {2}", "Step {0} of {1} · {2}";
    UpdatedOn => "更新于 {0}", "Updated {0}";
    NextContactMissing => "未定下次联系时间", "No next contact date";
    NextContactOverdue => "下次联系已逾期 {0} 天", "Next contact overdue by {0} day(s)";
    NextContactToday => "今天需要联系", "Contact due today";
    NextContactIn => "{0} 天后联系", "Next contact in {0} day(s)";
    Open => "打开", "Open";
    Duplicate => "复制", "Duplicate";
    Delete => "删除", "Delete";
    ConfirmDelete => "确认删除", "Confirm deletion";
    ConfirmDeleteText => "确定删除「{0}」吗？删除后无法恢复。", "Delete “{0}”? This cannot be undone.";
    DeleteForGood => "确定删除", "Delete for good";
    Cancel => "取消", "Cancel";

    // Wizard
    WizardSteps => "拜访计划步骤", "Plan steps";
    Back => "上一步", "Back";
    Next => "下一步", "Next";
    FinishToList => "完成，返回列表", "Done: back to my plans";
    StepCustomer => "客户与联系人", "Customer";
    StepVisitPrep => "拜访准备", "Visit prep";
    StepDiagnosis => "痛点与需求", "Pain vs need";
    StepBantcc => "BANTCC", "BANTCC";
    StepReview => "总结与复盘", "Review";

    // Fields (shared)
    OnePerLine => "每行一项。", "One per line.";
    NotSet => "—（未填写）", "— (not set)";
    Yes => "是", "Yes";
    No => "否", "No";
    AmountInvalid => "不是金额，未计入评分。请输入数字，例如 1200000、1,200,000 或 15万。", "Not an amount, so not counted in the score. Enter a number, e.g. 1200000 or 1,200,000.";
    AmountNotCounted => "（不是金额，未计入评分）", " (not an amount, not counted)";

    // Step 1: customer
    CustomerIntro => "这次拜访的客户是谁，对应哪个商机，要见或要接触到哪些人。", "Who the customer is, which opportunity this visit serves, and the people you will meet or need to reach.";
    Account => "客户", "Account";
    AccountName => "客户名称（法定名称）", "Customer name (legal name)";
    AccountNameHint => "客户名称唯一，相当于客户档案。", "The legal name identifies the account.";
    Industry => "行业", "Industry";
    Region => "地区", "Region";
    Address => "地址", "Address";
    Opportunity => "商机 / 项目", "Opportunity";
    AccountAndOpportunity => "客户与商机", "Account and opportunity";
    OpportunityName => "商机名称", "Opportunity name";
    OpportunityContent => "项目内容（采购什么）", "What is being bought";
    Amount => "金额", "Amount";
    Currency => "币种", "Currency";
    ExpectedWinDate => "预计赢单时间", "Expected win date";
    LastContact => "最近一次联系时间", "Last contact";
    NextContact => "下一次联系时间", "Next contact";
    Contacts => "联系人", "Contacts";
    ContactsHint => "Call high, call wide：尽量接触到最高决策层和完整的决策链（使用、决策、采购部门）。", "Call high, call wide: reach the highest decision level and the whole decision chain (user, decision and procurement departments).";
    NoContactsYet => "还没有联系人。", "No contacts yet.";
    AddContact => "添加联系人", "Add contact";
    NewContact => "新联系人", "New contact";
    RemoveContact => "删除此联系人", "Remove this contact";
    ContactName => "姓名", "Name";
    JobTitle => "职位", "Title";
    Department => "部门", "Department";
    BuyingRole => "采购角色", "Buying role";
    Seniority => "职级", "Seniority";
    RelationshipStrength => "关系强度", "Relationship";
    DecisionStyle => "决策风格", "Decision style";
    DecisionStyleHint => "通过教练了解决策人的风格，再像镜子一样匹配它（Mirror）。", "Learn the decision maker's style through your coach, then mirror it.";
    IsCoach => "是教练（内线）", "Is our coach (insider)";
    CoachTag => "教练", "coach";

    // Step 2: visit prep
    VisitIntro => "拜访前想清楚：要拿到什么承诺，要了解什么，要传递什么，要问什么，客户会怎么反对。", "Before the visit, decide which commitment to obtain, what to learn, what to tell, what to ask, and how the customer may object.";
    VisitPrepTitle => "拜访准备", "Visit preparation";
    Appointment => "预约", "Appointment";
    VisitDate => "拜访日期", "Visit date";
    AppointmentConfirmed => "已预约确认", "Appointment confirmed";
    StatedPurpose => "预约时说明的拜访目的", "Purpose stated when booking";
    StatedPurposeHint => "提前说明目的，是对客户的尊重。", "Stating the purpose in advance shows respect.";
    CommitmentObjective => "承诺目标", "Commitment objective";
    CommitmentHint => "这次拜访结束时希望客户做出的具体行动，例如「安排试用机安装」。", "A concrete action you want the customer to take by the end of the visit, e.g. “pilot machine installed”.";
    CommitmentBest => "最佳承诺", "Best commitment";
    CommitmentMin => "最低可接受承诺", "Minimum acceptable commitment";
    Information => "信息交换", "Information";
    InfoToObtain => "需要了解的信息", "Information to obtain";
    InfoFromGaps => "自动加入：BANTCC 未知项和尚未确认的需求条件", "Added automatically: unknown BANTCC items and unconfirmed need conditions";
    NoGaps => "BANTCC 没有未知项，需求条件都已回答。", "No BANTCC item is unknown and every need condition is answered.";
    FromBantcc => "BANTCC · {0}", "BANTCC · {0}";
    FromPain => "痛点：{0}", "Pain: {0}";
    UnnamedPain => "未命名痛点", "unnamed pain";
    InfoToObtainOwn => "我自己要了解的信息", "My own items to find out";
    InfoToGive => "要传递的信息（我方独特价值 UBV）", "Information to give (our unique business value)";
    InfoToGiveHint => "相对竞争对手，我们独有的商业价值是什么？", "What business value do we offer that competitors cannot?";
    QuestionsToAsk => "要问的问题", "Questions to ask";
    Objections => "预计的反对意见", "Expected objections";
    AddObjection => "添加反对意见", "Add objection";
    RemoveObjection => "删除此反对意见", "Remove this objection";
    ObjectionText => "客户可能说", "The customer may say";
    ObjectionAnswer => "我们准备的回答", "Our prepared answer";
    Attendees => "参加人员", "Attendees";
    OurAttendees => "我方参加人员", "Our attendees";
    TheirAttendees => "客户方参加人员", "Customer attendees";
    TheirAttendeesNone => "先在第 1 步添加联系人，再在这里勾选参加的人。", "Add contacts in step 1 first, then tick who attends here.";

    // Step 3: diagnosis
    DiagnosisIntro => "痛点 ≠ 需求。抱怨只是痛点；只有客户承认并想解决、是优先事项、我们的方案能解决、而且有预算，才是需求。", "Pain is not need. A complaint is a pain; it becomes a need only when the customer acknowledges it and wants it solved, it is a priority, our offer solves it, and there is budget.";
    DiagnosisTitle => "痛点与需求", "Pains and needs";
    DiagnosisTally => "需求 {0} 个 · 仅是痛点 {1} 个 · 非我方 {2} 个 · 待问问题 {3} 个", "{0} need(s) · {1} pain(s) only · {2} not ours · {3} open question(s)";
    NoPainsYet => "还没有记录痛点。客户抱怨什么？他想达成的目标被什么挡住了？", "No pains recorded yet. What does the customer complain about? What stands in the way of their goals?";
    AddPain => "添加痛点", "Add pain";
    RemovePain => "删除此痛点", "Remove this pain";
    PainDescription => "痛点（客户的原话）", "Pain (in the customer's words)";
    PainDescriptionHint => "例如：「打印机老是卡纸，员工天天投诉」。", "e.g. “The printers jam all the time and staff complain every day.”";
    PainGoal => "背后的目标", "The goal behind it";
    PainGoalHint => "客户想达成什么？例如：园区服务满意度（KPI）。", "What does the customer want to achieve? e.g. campus service satisfaction (a KPI).";
    GoalKind => "目标类型", "Kind of goal";
    PainOwner => "谁的痛点", "Whose pain";
    OwnerUnknown => "未知", "Unknown";
    NeedConditions => "需求的四个条件", "The four need conditions";
    Classification => "判断：{0}", "Verdict: {0}";
    ExplainNeed => "四个条件都满足：这是真实需求，可以推进方案。", "All four conditions hold: this is a real need; move to a proposal.";
    ExplainPainOnly => "还不是需求：有条件未满足或未知。先问下面的问题。", "Not a need yet: some conditions fail or are unknown. Ask the questions below first.";
    ExplainNotOurs => "我们的方案解决不了：不要在这里投入，寻找其他痛点。", "Our offer does not solve it: do not invest here; look for other pains.";
    NextQuestions => "下一步要问：", "Ask next:";
    DeepNeed => "表面需求与深层需求", "Surface vs deep need";
    DeepNeedHint => "表面需求可能是「采购设备」，深层需求是「文印工作顺畅、没有客诉」，这会打开更大的整体解决方案。", "The surface need may be “buy devices”, the deep need “document work flows with zero complaints”, which opens a bigger whole-solution sale.";
    SurfaceNeed => "表面需求", "Surface need";
    DeepNeedField => "深层需求", "Deep need";
    WholeSolution => "整体解决方案设想", "Whole-solution idea";
    WholeSolutionHint => "例如：文印外包代替卖设备；租赁代替买断。", "e.g. managed print outsourcing instead of boxes; rental instead of a one-off purchase.";

    // Step 4: BANTCC
    BantccIntro => "客户信息收集清单：逐项确认。「未知」的项目会自动加入拜访准备里的「需要了解的信息」。", "The customer information checklist. Items left unknown are added to “information to obtain” in the visit prep automatically.";
    BantccTitle => "BANTCC 客户信息", "BANTCC qualification";
    BantccUnknownTally => "未知项：{0} / 6", "Unknown: {0} of 6";
    GuidingQuestions => "引导问题：", "Guiding questions:";
    Status => "状态", "Status";
    Notes => "备注", "Notes";
    Evidence => "依据", "Evidence";
    EvidenceHint => "谁说的、在哪里看到的。", "Who said it, where you saw it.";

    // Step 5: review
    ReviewIntro => "一页看清整个计划；拜访后记录结果、拿到的承诺和下一步。", "The whole plan on one page; after the visit, record the outcome, the commitment obtained and the next step.";
    Summary => "计划摘要", "Plan summary";
    Readiness => "准备情况：{0}/{1} 项就绪", "Readiness: {0} of {1} ready";
    CheckDone => "✓ 已就绪", "✓ ready";
    CheckTodo => "✗ 待完成", "✗ to do";
    FixIn => "去「{0}」补充", "Fix in “{0}”";
    AfterVisit => "拜访后复盘", "After the visit";
    AfterVisitHint => "被拒绝的拜访也要记录：它同样在积累关系。", "Log a refused visit too: it still builds the relationship.";
    Outcome => "拜访结果", "Outcome";
    WhatHappened => "发生了什么", "What happened";
    CommitmentObtained => "实际拿到的承诺", "Commitment actually obtained";
    NextStep => "下一步", "Next step";

    // Enum labels: Step is above; the rest follow.
    TriUnknown => "未知", "Unknown";
    TriYes => "是", "Yes";
    TriNo => "否", "No";
    RoleUnknown => "未知", "Unknown";
    RoleUser => "使用部门", "User department";
    RoleDecisionMaker => "决策者", "Decision maker";
    RoleProcurement => "采购部门", "Procurement";
    RoleBudgetApprover => "预算审批人", "Budget approver";
    RoleTechnicalEvaluator => "技术评估", "Technical evaluator";
    RoleInfluencer => "影响者", "Influencer";
    SenUnknown => "未知", "Unknown";
    SenStaff => "员工", "Staff";
    SenManager => "经理", "Manager";
    SenDirector => "总监", "Director";
    SenExecutive => "高管", "Executive";
    RelUnknown => "未知", "Unknown";
    RelHostile => "敌对", "Hostile";
    RelWeak => "弱", "Weak";
    RelNeutral => "一般", "Neutral";
    RelGood => "良好", "Good";
    RelStrong => "很强", "Strong";
    StyleUnknown => "未知", "Unknown";
    StyleDriver => "指挥型", "Driver";
    StyleAnalytical => "思考型", "Analytical";
    StyleExpressive => "激励型", "Expressive";
    StyleAmiable => "支持型", "Amiable";
    GoalFunctional => "功能性", "Functional";
    GoalEmotional => "情感性", "Emotional";
    GoalSocial => "社会性", "Social";
    StatusUnknown => "未知", "Unknown";
    StatusPartial => "部分了解", "Partial";
    StatusConfirmed => "已确认", "Confirmed";
    StatusRisk => "有风险", "Risk";
    LetterBudget => "预算", "Budget";
    LetterAuthority => "权限", "Authority";
    LetterNeed => "需求", "Need";
    LetterTime => "时间", "Time";
    LetterCompany => "公司情况", "Company";
    LetterCompetition => "竞争对手", "Competition";
    OutcomePlanned => "尚未拜访", "Not visited yet";
    OutcomeHeld => "已拜访", "Visit held";
    OutcomeRefused => "被拒绝 / 取消", "Refused or cancelled";
    ClassNeed => "需求", "Need";
    ClassPainOnly => "仅是痛点", "Pain only";
    ClassNotOurs => "非我方", "Not ours";
    CondAcknowledged => "客户承认并想解决", "Customer acknowledges it and wants it solved";
    CondPriority => "是优先事项", "It is a priority";
    CondWeSolve => "我们的方案能解决", "Our offer solves it";
    CondBudget => "有预算", "There is budget";
    AskAcknowledged => "这个问题对您影响有多大？您希望解决它吗？", "How much does this affect you? Do you want it solved?";
    AskPriority => "在今年的工作中，解决它排在第几位？", "Where does solving this rank among this year's priorities?";
    AskWeSolve => "如果能做到……，是否就解决了您的问题？（确认我们的方案真能解决）", "If we could do …, would that solve it? (check that our offer really does)";
    AskBudget => "解决这个问题有预算吗？是今年的预算吗？", "Is there budget to solve this, and is it this year's?";
    QBudgetThisYear => "这次采购在今年的预算里吗？", "Is this purchase in this year's budget?";
    QBudgetApprovalPath => "预算由谁审批，经过哪些环节？", "Who approves the budget, and through which path?";
    QBudgetApproverFavoursRival => "审批人中是否有人偏好其他品牌（风险）？", "Does an approver favour another brand (a risk)?";
    QAuthorityUserDept => "使用部门是哪个，谁负责？", "Which is the user department, and who?";
    QAuthorityDecisionDept => "决策部门是哪个，谁拍板？", "Which is the decision department, and who decides?";
    QAuthorityProcurementDept => "采购部门是哪个，谁经办？", "Which is the procurement department, and who handles it?";
    QNeedIsReal => "这是真实需求吗：客户承认、是优先事项、我们能解决、有预算？", "Is it a real need: acknowledged, a priority, solved by us, with budget?";
    QNeedNotFeature => "客户要的是解决问题，还是某个设备功能？（功能不是需求）", "Does the customer want a problem solved, or just a feature? (Features are not needs.)";
    QTimePurchaseDate => "采购计划在什么时间？", "When is the purchase planned?";
    QTimeProcessLength => "采购和审批流程是什么，需要多长时间？（周期越长，丢单风险越大）", "What are the procurement and approval processes, and how long do they take? (Longer means more risk.)";
    QCompanySituation => "客户公司目前的情况如何？", "What is the customer's current situation?";
    QCompanyKpis => "客户（和对接人）今年的关键指标（KPI）是什么？", "What are the customer's (and the contact's) KPIs this year?";
    QCompanyKeyTasks => "客户今年的核心工作任务是什么？", "What are the customer's key tasks this year?";
    QCompetitionWho => "竞争对手有哪些？", "Who are the competitors?";
    QCompetitionPosition => "竞争对手在客户那里处于什么位置？", "Where do the competitors stand with the customer?";
    QCompetitionOurUbv => "相对他们，我们的独特商业价值（UBV）是什么？", "What is our unique business value (UBV) against them?";
    HintConfirmedNeeds => "痛点诊断：已确认 {0} 个需求。", "Diagnosis: {0} confirmed need(s).";
    HintOnlyPains => "痛点诊断：目前只有痛点，还没有确认的需求。", "Diagnosis: only pains so far, no confirmed need.";
    HintDecisionMakerKnown => "联系人中已有决策者。", "A decision maker is among the contacts.";
    HintNoDecisionMaker => "联系人中还没有决策者：向上接触（Call high）。", "No decision maker among the contacts yet: call high.";
    HintPainsWithoutBudget => "有 {0} 个痛点被标记为没有预算。", "{0} pain(s) are marked as having no budget.";
    CheckAccountNamed => "客户已命名", "The account is named";
    CheckOpportunityNamed => "商机已命名", "The opportunity is named";
    CheckContactsListed => "已列出联系人", "Contacts are listed";
    CheckDecisionMakerListed => "已接触到决策者（Call high）", "A decision maker is listed (call high)";
    CheckCoachListed => "有教练（内线）", "There is a coach (insider)";
    CheckAppointmentConfirmed => "拜访已预约确认", "The appointment is confirmed";
    CheckPurposeStated => "已说明拜访目的", "The purpose is stated";
    CheckCommitmentObjective => "最佳和最低承诺目标都已写明", "Best and minimum commitment are written";
    CheckQuestionsPrepared => "已准备要问的问题", "Questions are prepared";
    CheckObjectionsPrepared => "反对意见都有准备好的回答", "Every expected objection has an answer";
    CheckNeedConfirmed => "至少确认了一个需求", "At least one need is confirmed";
    CheckBantccComplete => "BANTCC 没有未知项", "No BANTCC item is unknown";
    CheckNextContactPlanned => "已定下一次联系时间（未逾期）", "A next contact date is set (not overdue)";

    // Deal inputs (BANTCC step)
    DealHeading => "商机阶段与竞争", "Deal stage and competition";
    DealIntro => "这些信息决定评分面板：阶段赢率、竞争上限、教练关口和 Go / No-Go。", "These feed the score panel: stage win rate, competition cap, coach gate and Go / No-Go.";
    StageModeLabel => "阶段设定方式", "How the stage is set";
    ModePick => "我来选择阶段（有经验的销售）", "I pick the stage (experienced reps)";
    ModeDerive => "按判断要素推算（新销售）", "Derive it from the criteria (new reps)";
    PickedStage => "当前阶段", "Current stage";
    NoStagePicked => "（未选择）", "(none)";
    CriteriaLegend => "判断要素：按顺序勾选客户方已发生的事", "Judging criteria: tick what has happened on the buyer's side, in order";
    CompetitorsLabel => "竞争对手", "Competitors";
    CompetitorsKnown => "我清楚有哪些竞争对手（列表为空 = 没有竞争对手）", "I know who competes (an empty list means none)";
    VolumeLabel => "客户业务量", "Customer's business volume";
    VolumeUnknown => "未评估", "Not assessed";
    VolumeHigh => "用量大", "High";
    VolumeLow => "用量小", "Low";
    BudgetThisYearLabel => "这次采购在今年的预算里吗？", "Is the purchase in this year's budget?";
    ProcurementLongerLabel => "采购 / 审批流程比计划的长", "Procurement / approval is taking longer than planned";

    // Scoring panel
    ScoreHeading => "赢单评分", "Deal score";
    ShowScore => "评分 {0}", "Score {0}";
    HideScore => "返回计划", "Back to the plan";
    StageWeight => "阶段与赢率", "Stage and weight";
    StageNotSet => "尚未确定阶段", "No stage yet";
    WarnNotSet => "在第 4 步选择阶段或勾选判断要素。", "Pick a stage or tick its criteria in step 4.";
    WarnUnknownStage => "所选阶段已不在阶段设置中，请重新选择。", "The picked stage is no longer in the stage settings: pick again.";
    WarnNoSupport => "这个阶段的判断要素一个都没有勾选：选择没有依据。", "None of this stage's criteria is ticked: nothing supports the choice.";
    WarnTickedAhead => "「{0}」的要素还没勾全，后面阶段已勾的要素暂不计入。", "“{0}” is not complete: criteria ticked for later stages do not count yet.";
    SupportedBy => "依据", "Supported by";
    NextStageNeeds => "进入「{0}」还需要", "To reach “{0}” you still need";
    ChainHeading => "赢单概率 = 各项相乘", "Win probability = the factors multiplied";
    ChainNoStage => "确定项目阶段之后才能计算赢单概率：请在第 4 步选择阶段或勾选判断标准。", "The win probability needs a stage: pick one or tick its criteria in step 4.";
    FactorStage => "阶段「{0}」赢率", "stage “{0}” win rate";
    FactorHeld => "无教练，停在资格关「{0}」（而不是「{1}」）", "no coach: held at the gate “{0}” (not “{1}”)";
    FactorCap => "竞争上限 1/({0}+1)", "competition cap 1/({0}+1)";
    FactorCapNone => "无竞争对手，上限", "no competitor, cap";
    FactorAssumed => "（竞争未知，按 1 家计）", "(competition unknown: 1 assumed)";
    Probability => "赢单概率", "Win probability";
    WeightedAmount => "加权金额", "Weighted amount";
    WeightedNoAmount => "填写商机金额后才能计算加权金额。", "Enter the opportunity amount to get the weighted amount.";
    CoachHeading => "教练（内线）", "Coach (insider)";
    CoachHeld => "没有教练：商机停在资格关「{0}」，不能往后计。有教练时概率为 {1}。", "No coach: the deal is held at the gate “{0}” and cannot count beyond it. With a coach it would be {1}.";
    CoachBlocks => "没有教练：商机不能推进到资格关「{0}」之后。", "No coach: the deal cannot be counted beyond the gate “{0}”.";
    CoachCounted => "教练 {0}：阶段全额计入。没有教练时：停在资格关「{1}」，概率 {2}。", "Coach {0}: the stage counts in full. Without a coach: held at “{1}”, {2}.";
    CoachCountedAtGate => "教练 {0}：阶段全额计入。没有教练时，商机不能计到资格关「{1}」之后。", "Coach {0}: the stage counts in full. Without a coach the deal could not count beyond the gate “{1}”.";
    CoachNotApplicable => "阶段未定或已结束，教练关口不适用。", "No stage yet or the deal is decided: the coach gate does not apply.";
    CompetitionHeading => "竞争", "Competition";
    CompetitionNamed => "{0} 家竞争对手，上限 {1}：", "{0} competitor(s), cap {1}:";
    CompetitionNone => "没有竞争对手，但上限仍为 80%（价格、风险、内部意见）。", "No competitor, yet still capped at 80% (price, risk, internal opinion).";
    CompetitionUnknown => "还不清楚谁在竞争：按至少 1 家计。", "Who competes is unknown: at least one is assumed.";
    BantccChartHeading => "BANTCC 完整度", "BANTCC completeness";
    BantccChartSummary => "{0} 项未知，{1} 项有风险", "{0} unknown, {1} at risk";
    FlagsHeading => "红旗", "Red flags";
    NoFlags => "没有红旗。", "No red flags.";
    FlagNoCoach => "没有教练（内线）", "No coach (insider)";
    FlagNoDecisionMaker => "没接触到决策者：向上接触（Call high）", "Decision maker not reached: call high";
    FlagSingleDept => "只接触了 {0} 个部门：向广接触（Call wide）", "Only {0} department(s) reached: call wide";
    FlagBudgetUnknown => "不清楚是否有今年的预算", "Unknown whether it is in this year's budget";
    FlagBudgetNotThisYear => "不在今年的预算里", "Not in this year's budget";
    FlagNeedNotConfirmed => "需求未确认（{0} 个痛点，没有一个是需求）", "Need not confirmed ({0} pain(s), none a need)";
    FlagTimeUnknown => "采购时间 / 流程未知", "Purchase date / process unknown";
    FlagWinDateMissing => "没有预计赢单时间", "No expected win date";
    FlagProcurementLonger => "采购流程比计划的长", "Procurement longer than planned";
    FlagNeedMarkedNotMet => "BANTCC 的需求（N）标为已确认，但 {0} 个痛点都不满足需求的四个条件", "BANTCC need (N) is marked confirmed, but none of the {0} pain(s) meets the four conditions of a need";
    FlagCompetitorUnknown => "竞争对手未知", "Competitors unknown";
    FlagNextContactMissing => "没有下一次联系时间", "No next contact date";
    FlagNextContactOverdue => "下一次联系已逾期 {0} 天", "Next contact overdue by {0} day(s)";
    FromContacts => "（来自联系人）", " (from your contacts)";
    FromPains => "（来自痛点）", " (from your pains)";
    FromBudget => "（来自预算）", " (from the budget)";
    FromTime => "（来自 BANTCC 的 T）", " (from BANTCC's T)";
    OverruleReason => "为什么不成立？", "Why does it not hold?";
    FlagCommitmentMissing => "计划中的拜访没有写明承诺目标（最佳和最低）", "Planned visit without its commitment objectives (best and minimum)";
    FlagCommitmentMinMissing => "计划中的拜访没有写明最低可接受承诺", "Planned visit without its minimum acceptable commitment";
    FlagCommitmentBestMissing => "计划中的拜访没有写明最佳承诺", "Planned visit without its best commitment";
    FlagWinDatePast => "预计赢单时间已过去 {0} 天", "Expected win date passed {0} day(s) ago";
    FlagLastContactFuture => "最近一次联系时间在今天之后", "Last contact date is in the future";
    FlagNextBeforeLast => "下一次联系时间早于最近一次联系时间", "Next contact date is before the last contact";
    VerdictHeading => "销售判定 Go / No-Go", "Go / No-Go";
    DecisionGo => "继续推进（Go）", "Go";
    DecisionNoGo => "放弃（No-Go）", "No-Go";
    DecisionDevelop => "先培育再判断", "Develop first";
    RuleDealWon => "已赢单", "The deal is won";
    RuleDealLost => "已输单", "The deal is lost";
    RuleNoBudgetNoNeed => "没有今年的预算，也没有确认的需求", "No budget this year and no confirmed need";
    RuleNothingWeSolve => "所有痛点都不是我们能解决的", "We solve none of the pains";
    RuleNoCoach => "没有教练：先培育", "No coach: develop first";
    RuleNoDecisionMaker => "没接触到决策者", "Decision maker not reached";
    RuleNeedNotConfirmed => "只有痛点，需求未确认", "Only pains, no confirmed need";
    RuleCoachInPlace => "有教练", "A coach is in place";
    RuleDecisionMakerReached => "已接触决策者", "The decision maker is reached";
    RuleNeedConfirmed => "需求已确认", "A need is confirmed";
    Computed => "系统判定：{0}", "Computed: {0}";
    OverrideLabel => "我的判定（覆盖系统判定）", "My decision (overrides the computed one)";
    OverrideNone => "不覆盖", "No override";
    OverrideReason => "覆盖的理由（必填，保存在计划中）", "Reason for the override (required, kept in the plan)";
    OverrideNeedsReason => "写下理由后覆盖才生效。", "The override applies once a reason is written.";
    QuadrantHeading => "客户象限", "Customer quadrant";
    QuadrantAxes => "客情关系：{0} · 业务量：{1}", "Relationship: {0} · volume: {1}";
    QuadrantUnplaced => "评估联系人的客情关系（第 1 步）和客户业务量（第 4 步）后才能定位。", "Assess the contacts' relationship (step 1) and the business volume (step 4) to place it.";
    RelLevelUnknown => "未评估", "not assessed";
    RelLevelGood => "好", "good";
    RelLevelPoor => "差", "poor";
    QuadGoodHigh => "关系好 · 用量大", "Good relationship · high volume";
    QuadGoodLow => "关系好 · 用量小", "Good relationship · low volume";
    QuadPoorHigh => "关系差 · 用量大", "Poor relationship · high volume";
    QuadPoorLow => "关系差 · 用量小", "Poor relationship · low volume";
    StratVisitFirst => "优先拜访，现在就争取订单。", "Visit first and look for the order now.";
    StratTrialUnit => "逐步影响，先安装试用机。", "Influence step by step; install a trial unit.";
    StratBuildRelationship => "先建立关系：体验机、增加接触点。", "Build the relationship first: experience unit, more touch points.";
    StratLightContact => "保持轻度联系（如朋友圈），等待机会。", "Keep light contact (e.g. social posts) until a chance appears.";
    StyleHeading => "决策风格与映射", "Decision style and mirroring";
    StyleNoDecisionMaker => "联系人中还没有决策者。", "No decision maker among the contacts yet.";
    StyleUnknownAdvice => "风格未知：通过教练了解。", "Style unknown: learn it through the coach.";
    MirrorResults => "简明直接：先讲结果、选项和需要的决定，让对方拍板。", "Be brief and direct: results, options and the decision needed first; let them decide.";
    MirrorData => "给数据、证据和书面细节，留出时间考虑，不施压。", "Bring data, evidence and written detail; give time to weigh it; no pressure.";
    MirrorVision => "讲愿景和成功案例，表达热情和认可，细节放后面。", "Share the vision and success stories with enthusiasm; keep details for later.";
    MirrorTrust => "耐心建立信任：参考客户、低风险、对相关人员的支持，不要催。", "Build trust patiently: references, low risk, support for the people affected; do not push.";
    CoverageHeading => "向上、向广接触", "Call high, call wide";
    CoverageSummary => "已覆盖 {0}/{1} 个角色，{2} 个部门，最高层级：{3}", "{0} of {1} roles covered, {2} department(s), highest level: {3}";
    CoverageMissing => "缺少", "Missing";
    CoverageCovered => "已覆盖", "Covered";

    // Import / export, share links, printing (issue 4)
    Transfer => "导入 / 导出", "Import / export";
    TransferIntro => "把计划交给同事或培训师，或从文件恢复。所有数据只在这台设备和您选择的文件里。", "Hand plans to a colleague or trainer, or restore them from a file. Data stays on this device and in the files you choose.";
    ExportHeading => "导出", "Export";
    Exported => "已导出 {0} 个计划：{1}（在浏览器的下载中）", "Exported {0} plan(s) as {1} (in your browser's downloads)";
    PrintedOn => "打印日期 {0}", "Printed on {0}";
    PrintedBy => "打印日期 {0} · 销售：{1}", "Printed on {0} · Rep: {1}";
    Workshop => "培训工作坊", "Workshop";
    WorkshopIntro => "培训师用：一次载入全班的计划。计划在这里只读，“复制到我的计划”才放进您自己的计划。", "For trainers: load the class's plans at once. They are read-only here; “Make my copy” puts one among your own plans.";
    WorkshopName => "工作坊名称", "Workshop name";
    WorkshopDate => "日期", "Date";
    WorkshopCase => "案例", "Case";
    ClassHeading => "全班的计划", "The class's plans";
    ClassFilesLabel => "选择文件（可一次选多个）", "Choose files (several at once)";
    ClassPasteLabel => "或粘贴文本（可包含多个导出）", "Or paste text (it may hold several exports)";
    PastedN => "粘贴 {0}", "pasted {0}";
    ClassCount => "{0} 个文件，{1} 个已读取", "{0} file(s), {1} read";
    ClassClear => "清空全班的计划", "Remove all the class's plans";
    ClassFileError => "无法读取：{0}", "Could not be read: {0}";
    ClassRemove => "移除此文件", "Remove this file";
    MakeMyCopy => "复制到我的计划", "Make my copy";
    ClassCopied => "已复制到您的计划。", "Copied to your plans.";
    RepName => "您的姓名（打印在计划上，并署在新计划和导出文件上）", "Your name (printed on your plans, stamped on new plans and exports)";
    RepTeam => "您的团队（可选，与姓名一同署上）", "Your team (optional, stamped with your name)";
    ByAuthor => "作者：{0}", "By {0}";
    NoAuthor => "未署名（较早的计划）", "No author (an older plan)";
    Dismiss => "知道了", "Dismiss";
    BackupDue => "您的计划只保存在这个浏览器里，最近 30 天内没有导出过备份。", "Your plans live only in this browser, and there is no backup from the last 30 days.";
    BackupExport => "导出备份", "Export a backup";
    NotNow => "以后再说", "Not now";
    UpdateReady => "新版本已就绪：重新载入即可使用，已输入的内容都已保存。", "A new version is ready: reload to use it. Everything you typed is saved.";
    UpdateReload => "重新载入", "Reload";
    ExportAll => "导出全部计划（{0} 个）", "Export all plans ({0})";
    ExportSelected => "导出选中的计划", "Export the selected plans";
    ExportThis => "导出此计划", "Export this plan";
    SelectForExport => "选择要导出的计划", "Choose plans to export";
    ImportHeading => "导入", "Import";
    ImportFileLabel => "选择 JSON 文件", "Choose a JSON file";
    DropHere => "或把文件拖放到这里", "or drop a file here";
    PasteLabel => "或粘贴 JSON 文本", "or paste JSON text";
    ReadPasted => "读取粘贴的文本", "Read the pasted text";
    PreviewHeading => "文件内容", "What the file holds";
    PreviewCount => "{0} 个计划；客户：{1}", "{0} plan(s); accounts: {1}";
    PreviewNew => "{0} 个是新计划。", "{0} are new here.";
    PreviewExisting => "这里已有：", "Already here:";
    PreviewSame => "{0}（相同）", "{0} (identical)";
    PreviewDiffers => "{0}（不同，文件里的{1}）", "{0} (differs; the file's copy is {1})";
    Newer => "更新", "newer";
    Older => "更旧", "older";
    PreviewMerge => "合并会覆盖：{0}", "Merge will overwrite: {0}";
    PreviewMergeNone => "合并不会覆盖任何计划。", "Merge overwrites nothing.";
    PreviewNotes => "{0} 个缺失的字段已使用默认值。", "{0} missing field(s) took their defaults.";
    ModeAdd => "作为新副本添加", "Add as new copies";
    ModeMerge => "合并（较新的修改优先）", "Merge (newer edit wins)";
    ModeReplace => "全部替换…", "Replace all…";
    ConfirmReplace => "这里的 {0} 个计划都将被文件中的 {1} 个计划替换。", "All {0} plan(s) here will be replaced by the file's {1}.";
    ConfirmReplaceButton => "确认全部替换", "Yes, replace all";
    Imported => "已导入。这里现在有 {0} 个计划。", "Imported. There are now {0} plan(s) here.";
    UndoImport => "撤销上次导入", "Undo the last import";
    ImportUndone => "已撤销导入。", "The import was undone.";
    NothingChanged => "您现有的数据没有任何改动。", "Nothing you had was changed.";
    ErrTooLarge => "文件太大（{0} MB），最多 50 MB。", "The file is too large ({0} MB); at most 50 MB.";
    ErrNotJson => "这不是 JSON：第 {0} 行第 {1} 列有错误。", "This is not JSON: error at line {0}, column {1}.";
    ErrTruncated => "文件不完整：在第 {0} 行第 {1} 列处中断。", "The file is truncated: it ends at line {0}, column {1}.";
    ErrTooDeep => "JSON 嵌套太深（第 {0} 行第 {1} 列）。", "The JSON is nested too deeply (line {0}, column {1}).";
    ErrNotWinPlan => "这不是赢单计划的导出文件或计划。", "This is not a Win Plan export file or plan.";
    ErrWrongFormat => "文件格式标记不对：{0}（应为 winplan-export）。", "Wrong format tag: {0} (expected winplan-export).";
    ErrNewerVersion => "这个文件由更新版本的赢单计划生成（数据版本 {0}，本应用支持到 {1}）：请更新应用。", "Made by a newer version of Win Plan (schema version {0}; this app reads up to {1}): update the app.";
    ErrOldVersion => "数据版本 {0} 太旧，无法读取。", "Schema version {0} is too old to be read.";
    ErrInvalid => "数据有误：{0}", "Invalid data: {0}";
    ErrDuplicateIds => "文件中 plans[{0}] 和 plans[{1}] 的编号相同。", "plans[{0}] and plans[{1}] in the file have the same id.";
    ReadFailed => "无法读取这个文件。", "The file could not be read.";
    PrintPlan => "打印 / 存为 PDF", "Print / save as PDF";
    ShareLink => "分享链接", "Share link";
    ShareLinkLabel => "分享链接（计划只在链接的 # 之后，不会发送到任何服务器）", "Share link (the plan is after the #: it never reaches a server)";
    CopyLink => "复制链接", "Copy link";
    LinkCopied => "链接已复制", "Link copied";
    CopyFailed => "无法复制：请选中链接后手动复制。", "Could not copy: select the link and copy it.";
    ShareVia => "分享到…", "Share…";
    ShareQrLabel => "分享链接的二维码", "QR code of the share link";
    ShareTooLargeForQr => "这个计划太大，放不进二维码：请发送链接或导出文件。", "This plan is too large for a QR code: send the link or export the file.";
    ShareReducedQr => "整个计划放不进一个二维码，这是精简版：不含拜访笔记、问题、异议、痛点目标、诊断、BANTCC 笔记和证据、复盘。完整计划请用链接或文件。", "Too large for one QR code, so this one holds a reduced plan: no visit notes, questions, objections, pain goals, diagnosis, BANTCC notes and evidence, or review. Send the link or the file for the whole plan.";
    ShareUnsupported => "这个浏览器无法压缩数据：请导出文件。", "This browser cannot compress data: export the file instead.";
    SharedPlanHeading => "别人分享的计划（只读）", "A shared plan (read-only)";
    ImportShared => "导入到我的计划", "Import into my plans";
    CloseShared => "关闭", "Close";
    SharedBroken => "这个分享链接已损坏或不完整，无法读取。", "This share link is damaged or incomplete and cannot be read.";
    SharedImported => "已导入到您的计划。", "Imported into your plans.";
    SharedNewer => "这个分享链接由更新版本的赢单计划生成：请更新应用。", "This share link was made by a newer version of Win Plan: update the app.";
    SharedInvalid => "这个分享链接中的数据有误：", "This share link holds invalid data:";
    PreviewKeptAside => "与这里无法读取而保留的数据同编号：{0}。它们将以新编号导入，保留的数据不变。", "Same id as stored data kept aside as unreadable: {0}. They are imported under a new id; the kept data never changes.";
    ImportFull => "导入失败：浏览器存储空间已满。", "The import failed: browser storage is full.";
    ImportNotStored => "导入失败：无法写入存储。", "The import failed: it could not be stored.";
    UndoNotStored => "撤销失败：无法写入存储。", "The undo failed: it could not be stored.";

    // Stage settings
    StageSettings => "阶段设置", "Stage settings";
    SettingsIntro => "团队的项目阶段：最多六个，每个阶段有赢率和 3–5 个判断要素。保存后用于所有计划的评分。", "Your team's project stages: at most six, each with a win rate and 3–5 judging criteria. Saved settings score every plan.";
    StageNumber => "阶段 {0}", "Stage {0}";
    NameZh => "名称（中文）", "Name (中文)";
    NameEn => "名称（English）", "Name (English)";
    WinRatePct => "赢率（%）", "Win rate (%)";
    KindOpen => "进行中", "Open";
    KindWon => "赢单", "Won";
    KindLost => "输单", "Lost";
    CriterionZh => "要素 {0}（中文）", "Criterion {0} (中文)";
    CriterionEn => "要素 {0}（English）", "Criterion {0} (English)";
    AddCriterion => "添加判断要素", "Add criterion";
    RemoveCriterion => "删除要素 {0}", "Remove criterion {0}";
    AddStage => "添加阶段", "Add stage";
    RemoveStage => "删除此阶段", "Remove this stage";
    MaxStagesNote => "最多六个阶段。", "At most six stages.";
    GateLabel => "资格关（无教练时最多计到这个阶段）", "Qualification gate (the furthest a deal without a coach counts)";
    SaveSettings => "保存设置", "Save settings";
    ResetDefaults => "恢复默认阶段", "Restore the default stages";
    SettingsSaved => "阶段设置已保存。", "Stage settings saved.";
    SettingsInvalid => "请先修正以下问题再保存：", "Fix these before saving:";
    SettingsUnreadable => "已保存的阶段设置无法读取，正在使用默认阶段。原数据未被改动，可在上方下载。", "The stored stage settings could not be read; the default stages are used. The stored data is untouched and can be downloaded above.";
    ReplaceUnreadable => "我已下载备份，用新设置替换它", "I have downloaded it; replace it with these settings";
    ErrTooManyStages => "阶段太多（{0} 个），最多六个", "Too many stages ({0}); at most six";
    ErrNoOpenStage => "至少需要一个进行中的阶段", "At least one open stage is needed";
    ErrWonCount => "必须正好有一个赢单阶段", "There must be exactly one won stage";
    ErrLostCount => "最多一个输单阶段", "At most one lost stage";
    ErrOutOfOrder => "阶段 {0} 的位置不对：进行中、赢单、输单依次排列", "Stage {0} is out of order: open, then won, then lost";
    ErrBlankId => "阶段 {0} 缺少编号", "Stage {0} has no id";
    ErrDuplicateId => "阶段 {0} 的编号重复", "Stage {0} repeats an id";
    ErrBlankName => "阶段 {0} 没有名称", "Stage {0} has no name";
    ErrCriteriaCount => "阶段 {0} 有 {1} 个判断要素，需要 3–5 个", "Stage {0} has {1} criteria; 3–5 are needed";
    ErrCriterionId => "阶段 {0} 的要素 {1} 编号缺失或重复", "Stage {0}, criterion {1}: missing or repeated id";
    ErrCriterionText => "阶段 {0} 的要素 {1} 没有内容", "Stage {0}, criterion {1} is empty";
    ErrRateRange => "阶段 {0} 的赢率超过 100%", "Stage {0}: win rate above 100%";
    ErrRateDecreases => "阶段 {0} 的赢率低于前面的阶段", "Stage {0}: win rate lower than an earlier stage";
    ErrLostRate => "输单阶段 {0} 的赢率高于进行中的阶段", "Lost stage {0}: win rate above an open stage";
    ErrGate => "资格关必须是一个进行中的阶段", "The qualification gate must be an open stage";
}

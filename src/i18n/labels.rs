//! Domain enums mapped to their text keys, so the core stays
//! language-neutral and every label exists in both languages.

use super::{Lang, T};
use crate::domain::bantcc::{BantccHint, GuidingQuestion};
use crate::domain::diagnosis::{NeedCondition, PainClass};
use crate::domain::facts::Source;
use crate::domain::model::{
    BantccLetter, BantccStatus, BuyingRole, DecisionStyle, GoDecision, GoalKind, Relationship,
    Seniority, StageMode, Step, Tri, VisitOutcome, Volume,
};
use crate::domain::scoring::{
    FlagKind, MirrorAdvice, QuadrantPlacement, QuadrantStrategy, RelationshipLevel, RuleKind,
};
use crate::domain::stages::{StageKind, StageSetError};
use crate::domain::summary::CheckKind;
use crate::domain::transfer::ImportError;

/// A value with a translatable label.
pub trait Label {
    /// The key of its label.
    fn label(self) -> T;
}

macro_rules! labels {
    ($ty:ty { $($variant:ident => $key:ident),* $(,)? }) => {
        impl Label for $ty {
            fn label(self) -> T {
                match self { $(<$ty>::$variant => T::$key),* }
            }
        }
    };
}

labels!(Source { Contacts => FromContacts, Pains => FromPains, Budget => FromBudget, Time => FromTime });
labels!(Step { Customer => StepCustomer, VisitPrep => StepVisitPrep, Diagnosis => StepDiagnosis,
    Bantcc => StepBantcc, Review => StepReview });
labels!(Tri { Unknown => TriUnknown, Yes => TriYes, No => TriNo });
labels!(BuyingRole { Unknown => RoleUnknown, User => RoleUser, DecisionMaker => RoleDecisionMaker,
    Procurement => RoleProcurement, BudgetApprover => RoleBudgetApprover,
    TechnicalEvaluator => RoleTechnicalEvaluator, Influencer => RoleInfluencer });
labels!(Seniority { Unknown => SenUnknown, Staff => SenStaff, Manager => SenManager,
    Director => SenDirector, Executive => SenExecutive });
labels!(Relationship { Unknown => RelUnknown, Hostile => RelHostile, Weak => RelWeak,
    Neutral => RelNeutral, Good => RelGood, Strong => RelStrong });
labels!(DecisionStyle { Unknown => StyleUnknown, Driver => StyleDriver,
    Analytical => StyleAnalytical, Expressive => StyleExpressive, Amiable => StyleAmiable });
labels!(GoalKind { Functional => GoalFunctional, Emotional => GoalEmotional, Social => GoalSocial });
labels!(BantccStatus { Unknown => StatusUnknown, Partial => StatusPartial,
    Confirmed => StatusConfirmed, Risk => StatusRisk });
labels!(BantccLetter { Budget => LetterBudget, Authority => LetterAuthority, Need => LetterNeed,
    Time => LetterTime, Company => LetterCompany, Competition => LetterCompetition });
labels!(VisitOutcome { Planned => OutcomePlanned, Held => OutcomeHeld, Refused => OutcomeRefused });
labels!(PainClass { Need => ClassNeed, PainOnly => ClassPainOnly, NotOurs => ClassNotOurs });
labels!(NeedCondition { Acknowledged => CondAcknowledged, Priority => CondPriority,
    WeSolve => CondWeSolve, Budget => CondBudget });
labels!(GuidingQuestion {
    BudgetThisYear => QBudgetThisYear, BudgetApprovalPath => QBudgetApprovalPath,
    BudgetApproverFavoursRival => QBudgetApproverFavoursRival,
    AuthorityUserDept => QAuthorityUserDept, AuthorityDecisionDept => QAuthorityDecisionDept,
    AuthorityProcurementDept => QAuthorityProcurementDept,
    NeedIsReal => QNeedIsReal, NeedNotFeature => QNeedNotFeature,
    TimePurchaseDate => QTimePurchaseDate, TimeProcessLength => QTimeProcessLength,
    CompanySituation => QCompanySituation, CompanyKpis => QCompanyKpis,
    CompanyKeyTasks => QCompanyKeyTasks,
    CompetitionWho => QCompetitionWho, CompetitionPosition => QCompetitionPosition,
    CompetitionOurUbv => QCompetitionOurUbv,
});
labels!(CheckKind {
    AccountNamed => CheckAccountNamed, OpportunityNamed => CheckOpportunityNamed,
    ContactsListed => CheckContactsListed, DecisionMakerListed => CheckDecisionMakerListed,
    CoachListed => CheckCoachListed, AppointmentConfirmed => CheckAppointmentConfirmed,
    PurposeStated => CheckPurposeStated, CommitmentObjective => CheckCommitmentObjective,
    QuestionsPrepared => CheckQuestionsPrepared, ObjectionsPrepared => CheckObjectionsPrepared,
    NeedConfirmed => CheckNeedConfirmed, BantccComplete => CheckBantccComplete,
    NextContactPlanned => CheckNextContactPlanned,
});

labels!(StageMode { Pick => ModePick, Derive => ModeDerive });
labels!(Volume { Unknown => VolumeUnknown, High => VolumeHigh, Low => VolumeLow });
labels!(GoDecision { Go => DecisionGo, NoGo => DecisionNoGo, DevelopFirst => DecisionDevelop });
labels!(StageKind { Open => KindOpen, Won => KindWon, Lost => KindLost });
labels!(RelationshipLevel { Unknown => RelLevelUnknown, Good => RelLevelGood, Poor => RelLevelPoor });
labels!(QuadrantPlacement { GoodHigh => QuadGoodHigh, GoodLow => QuadGoodLow,
    PoorHigh => QuadPoorHigh, PoorLow => QuadPoorLow });
labels!(QuadrantStrategy { VisitFirstSeekOrder => StratVisitFirst,
    InfluenceWithTrialUnit => StratTrialUnit, BuildRelationshipFirst => StratBuildRelationship,
    KeepLightContact => StratLightContact });
labels!(MirrorAdvice { ResultsFirst => MirrorResults, DataAndDetail => MirrorData,
    VisionAndStories => MirrorVision, TrustAndReassurance => MirrorTrust });
labels!(RuleKind { DealWon => RuleDealWon, DealLost => RuleDealLost,
    NoBudgetNoNeed => RuleNoBudgetNoNeed, NothingWeSolve => RuleNothingWeSolve,
    NoCoach => RuleNoCoach, DecisionMakerNotReached => RuleNoDecisionMaker,
    NeedNotConfirmed => RuleNeedNotConfirmed, CoachInPlace => RuleCoachInPlace,
    DecisionMakerReached => RuleDecisionMakerReached, NeedConfirmed => RuleNeedConfirmed });

/// The reason of a red flag.
pub fn flag_text(lang: Lang, f: FlagKind) -> String {
    let (key, n) = match f {
        FlagKind::NoCoach => (T::FlagNoCoach, None),
        FlagKind::DecisionMakerNotReached => (T::FlagNoDecisionMaker, None),
        FlagKind::SingleDepartment { departments } => (T::FlagSingleDept, Some(departments as i64)),
        FlagKind::BudgetUnknown => (T::FlagBudgetUnknown, None),
        FlagKind::BudgetNotThisYear => (T::FlagBudgetNotThisYear, None),
        FlagKind::NeedNotConfirmed { pains } => (T::FlagNeedNotConfirmed, Some(pains as i64)),
        FlagKind::NeedMarkedNotMet { pains } => (T::FlagNeedMarkedNotMet, Some(pains as i64)),
        FlagKind::TimeUnknown => (T::FlagTimeUnknown, None),
        FlagKind::WinDateMissing => (T::FlagWinDateMissing, None),
        FlagKind::ProcurementLonger => (T::FlagProcurementLonger, None),
        FlagKind::CompetitorUnknown => (T::FlagCompetitorUnknown, None),
        FlagKind::NextContactMissing => (T::FlagNextContactMissing, None),
        FlagKind::NextContactOverdue { days } => (T::FlagNextContactOverdue, Some(days)),
        FlagKind::CommitmentMissing => (T::FlagCommitmentMissing, None),
        FlagKind::CommitmentMinMissing => (T::FlagCommitmentMinMissing, None),
        FlagKind::CommitmentBestMissing => (T::FlagCommitmentBestMissing, None),
        FlagKind::WinDatePast { days } => (T::FlagWinDatePast, Some(days)),
        FlagKind::LastContactFuture => (T::FlagLastContactFuture, None),
        FlagKind::NextBeforeLast => (T::FlagNextBeforeLast, None),
    };
    match n {
        Some(n) => lang.tf(key, &[&n.to_string()]),
        None => lang.t(key).to_string(),
    }
}

/// A stage-settings problem, with stages and criteria numbered from 1.
pub fn stage_error_text(lang: Lang, e: StageSetError) -> String {
    use StageSetError as E;
    let (key, a, b) = match e {
        E::TooManyStages { count } => (T::ErrTooManyStages, count, 0),
        E::NoOpenStage => (T::ErrNoOpenStage, 0, 0),
        E::WonCount { .. } => (T::ErrWonCount, 0, 0),
        E::LostCount { .. } => (T::ErrLostCount, 0, 0),
        E::OutOfOrder { stage } => (T::ErrOutOfOrder, stage + 1, 0),
        E::BlankStageId { stage } => (T::ErrBlankId, stage + 1, 0),
        E::DuplicateStageId { stage } => (T::ErrDuplicateId, stage + 1, 0),
        E::BlankName { stage } => (T::ErrBlankName, stage + 1, 0),
        E::CriteriaCount { stage, count } => (T::ErrCriteriaCount, stage + 1, count),
        E::BlankCriterionId { stage, criterion } | E::DuplicateCriterionId { stage, criterion } => {
            (T::ErrCriterionId, stage + 1, criterion + 1)
        }
        E::BlankCriterionText { stage, criterion } => {
            (T::ErrCriterionText, stage + 1, criterion + 1)
        }
        E::RateOutOfRange { stage, .. } => (T::ErrRateRange, stage + 1, 0),
        E::RateDecreases { stage } => (T::ErrRateDecreases, stage + 1, 0),
        E::LostRateTooHigh { stage } => (T::ErrLostRate, stage + 1, 0),
        E::GateNotOpenStage => (T::ErrGate, 0, 0),
    };
    lang.tf(key, &[&a.to_string(), &b.to_string()])
}

/// Why a file cannot be imported. Paths and found values stay technical.
pub fn import_error_text(lang: Lang, e: &ImportError) -> String {
    let n = |v: usize| v.to_string();
    match e {
        ImportError::TooLarge { bytes, .. } => {
            lang.tf(T::ErrTooLarge, &[&n(bytes.div_ceil(1024 * 1024))])
        }
        ImportError::NotJson { line, column, .. } => {
            lang.tf(T::ErrNotJson, &[&n(*line), &n(*column)])
        }
        ImportError::Truncated { line, column } => {
            lang.tf(T::ErrTruncated, &[&n(*line), &n(*column)])
        }
        ImportError::TooDeep { line, column } => lang.tf(T::ErrTooDeep, &[&n(*line), &n(*column)]),
        ImportError::NotWinPlan => lang.t(T::ErrNotWinPlan).to_string(),
        ImportError::WrongFormat { found } => lang.tf(T::ErrWrongFormat, &[&found.to_string()]),
        ImportError::NewerVersion { found, supported } => lang.tf(
            T::ErrNewerVersion,
            &[&found.to_string(), &supported.to_string()],
        ),
        ImportError::UnsupportedVersion { found } => {
            lang.tf(T::ErrOldVersion, &[&found.to_string()])
        }
        ImportError::Invalid(p) => lang.tf(T::ErrInvalid, &[&p.to_string()]),
        ImportError::DuplicateId { first, second, .. } => {
            lang.tf(T::ErrDuplicateIds, &[&n(*first), &n(*second)])
        }
    }
}

/// The question to ask when a need condition is unknown.
pub fn next_question(c: NeedCondition) -> T {
    match c {
        NeedCondition::Acknowledged => T::AskAcknowledged,
        NeedCondition::Priority => T::AskPriority,
        NeedCondition::WeSolve => T::AskWeSolve,
        NeedCondition::Budget => T::AskBudget,
    }
}

/// The text of a BANTCC hint.
pub fn hint_text(lang: Lang, h: &BantccHint) -> String {
    match h {
        BantccHint::ConfirmedNeeds(n) => lang.tf(T::HintConfirmedNeeds, &[&n.to_string()]),
        BantccHint::OnlyPains => lang.t(T::HintOnlyPains).to_string(),
        BantccHint::DecisionMakerKnown => lang.t(T::HintDecisionMakerKnown).to_string(),
        BantccHint::NoDecisionMaker => lang.t(T::HintNoDecisionMaker).to_string(),
        BantccHint::PainsWithoutBudget(n) => lang.tf(T::HintPainsWithoutBudget, &[&n.to_string()]),
    }
}

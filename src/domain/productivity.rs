//! Personal productivity's what-ifs (个人生产力, issue 13 item 5): the
//! formula's four terms, each a lever the rep can pull, with its effect on
//! the result and the article's advice for pulling it.
//!
//! Not on a screen yet: the pipeline's screens wait on the size decision
//! (issue 12). The figures come from the rep for now: the plans do not yet
//! record when a deal was won, so the cycle cannot be read from them.

use crate::domain::scoring::personal_productivity;

/// The formula's terms over a period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figures {
    /// Orders followed in the period (订单数量).
    pub orders: u32,
    /// The average order amount (订单金额).
    pub order_amount: f64,
    /// The win rate, 0–1 (赢单率).
    pub win_rate: f64,
    /// The average sales cycle in days (销售周期).
    pub cycle_days: u32,
}

impl Figures {
    /// orders × order amount × win rate ÷ cycle: the amount won per day of
    /// cycle; `None` for figures it cannot use (see
    /// [`personal_productivity`]).
    pub fn result(&self) -> Option<f64> {
        personal_productivity(
            self.orders,
            self.order_amount,
            self.win_rate,
            self.cycle_days,
        )
    }
}

/// A lever and how far it is pulled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lever {
    /// More orders, by this many percent.
    MoreOrders(u32),
    /// Bigger orders, by this many percent.
    BiggerOrders(u32),
    /// A win rate higher by this many points (capped at 100 %).
    HigherWinRate(u32),
    /// A cycle shorter by this many days (at least one day remains).
    ShorterCycle(u32),
}

impl Lever {
    /// The four levers as the screen first offers them: +10 % orders,
    /// +10 % order amount, +10 points of win rate, 15 days less cycle.
    pub const OFFERED: [Lever; 4] = [
        Lever::MoreOrders(10),
        Lever::BiggerOrders(10),
        Lever::HigherWinRate(10),
        Lever::ShorterCycle(15),
    ];

    /// The figures with this lever pulled.
    pub fn apply(self, f: Figures) -> Figures {
        let pct = |n: u32| 1.0 + f64::from(n) / 100.0;
        match self {
            Lever::MoreOrders(p) => Figures {
                orders: (f64::from(f.orders) * pct(p)).round() as u32,
                ..f
            },
            Lever::BiggerOrders(p) => Figures {
                order_amount: f.order_amount * pct(p),
                ..f
            },
            Lever::HigherWinRate(points) => Figures {
                win_rate: (f.win_rate + f64::from(points) / 100.0).min(1.0),
                ..f
            },
            Lever::ShorterCycle(days) => Figures {
                cycle_days: f.cycle_days.saturating_sub(days).max(1),
                ..f
            },
        }
    }

    /// What the article advises for pulling this lever.
    pub fn advice(self) -> &'static [Advice] {
        use Advice::*;
        match self {
            Lever::MoreOrders(_) => &[
                AccountAnalysis,
                VisitFrequency,
                VisitQuality,
                NeedConversion,
            ],
            Lever::BiggerOrders(_) => &[WholeSolution, DeepNeeds, SalesStrategy, ThinkBig],
            Lever::HigherWinRate(_) => {
                &[CoreValue, CustomerInformation, CallHighWide, Relationships]
            }
            Lever::ShorterCycle(_) => &[
                ProcurementProcess,
                CustomerInformation,
                RespondFast,
                CallHighWide,
            ],
        }
    }
}

/// One of the article's behaviours behind a lever (背后行为).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Advice {
    /// 客户分析: sort the customers into the four quadrants.
    AccountAnalysis,
    /// 客户拜访频次: visit more often, by plan.
    VisitFrequency,
    /// 客户拜访质量: book the visit, and do not fear a refusal.
    VisitQuality,
    /// 需求把控&转化技巧: hold on to the need and convert it.
    NeedConversion,
    /// 整体解决方案: sell the whole solution.
    WholeSolution,
    /// 深层次需求: dig out the deep need.
    DeepNeeds,
    /// 销售策略: the pricing and sales strategy.
    SalesStrategy,
    /// Think big, try big.
    ThinkBig,
    /// 核心价值: a professional solution with our core value.
    CoreValue,
    /// 客户信息: know the customer's situation.
    CustomerInformation,
    /// Call high, call wide.
    CallHighWide,
    /// 发展客户人脉: build relationships.
    Relationships,
    /// 客户采购流程: know the procurement process.
    ProcurementProcess,
    /// 销售响应速度: respond fast, e.g. a proposal within three days.
    RespondFast,
}

/// A lever's effect.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WhatIf {
    /// The lever.
    pub lever: Lever,
    /// The figures with it pulled.
    pub figures: Figures,
    /// The result with it pulled.
    pub result: f64,
    /// The result's change, as a fraction of the result before (0.1 for
    /// +10 %).
    pub change: f64,
}

/// What pulling `lever` does to `base`'s result; `None` when the figures
/// give no result, or a result of zero to compare with.
pub fn what_if(base: Figures, lever: Lever) -> Option<WhatIf> {
    let before = base.result().filter(|r| *r > 0.0)?;
    let figures = lever.apply(base);
    let result = figures.result()?;
    Some(WhatIf {
        lever,
        figures,
        result,
        change: result / before - 1.0,
    })
}

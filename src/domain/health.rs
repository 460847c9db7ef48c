//! The ten health indicators of key-account selling (大客户销售的十大健康
//! 指标, issue 13 item 6), each with the article's pass line (及格线) and,
//! where it gives one, its better line (优分线); and the figures the app's
//! own data can give: the win rate, the pipeline's coverage and the top ten
//! customers' share of revenue. The rest a manager enters.
//!
//! Not on a screen yet: the team screens wait on the size decision
//! (issue 12).

use crate::domain::pipeline::{Row, Standing, COVERAGE_RULE};

/// Manufacturing or services: two indicators' lines depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Industry {
    /// 制造业.
    Manufacturing,
    /// 服务业.
    Services,
}

/// One of the ten indicators, in the article's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Indicator {
    /// 大客户贡献度: the top ten customers' share of revenue.
    TopTenShare,
    /// 老客户续约率: the share of existing customers who renew.
    Renewal,
    /// 老单一大客户份额: our share of a key customer's spend.
    ShareOfWallet,
    /// 客户忠诚度: the net promoter score.
    Nps,
    /// 赢单成功率: won ÷ (won + lost).
    WinRate,
    /// 储备销售机会: the pipeline followed ÷ the target.
    Coverage,
    /// 销售人员年人均销售额: revenue per rep per year.
    RevenuePerRep,
    /// 企业人均年生产产值: output per employee per year.
    OutputPerEmployee,
    /// 销售人员分布: the share of reps above the average revenue.
    RepsAboveAverage,
    /// 产品竞争力: the revenue share of the top 30 % of products.
    CoreProducts,
}

impl Indicator {
    /// The ten, in the article's order.
    pub const ALL: [Indicator; 10] = [
        Indicator::TopTenShare,
        Indicator::Renewal,
        Indicator::ShareOfWallet,
        Indicator::Nps,
        Indicator::WinRate,
        Indicator::Coverage,
        Indicator::RevenuePerRep,
        Indicator::OutputPerEmployee,
        Indicator::RepsAboveAverage,
        Indicator::CoreProducts,
    ];

    /// The indicator's lines for `industry`. Shares are fractions (0.5 for
    /// 50 %), coverage a multiple, amounts in yuan.
    pub fn lines(self, industry: Industry) -> Lines {
        use Indicator::*;
        let services = industry == Industry::Services;
        let (pass, better) = match self {
            // At least 50 %, best 70 %.
            TopTenShare => (0.5, Some(0.7)),
            Renewal => (0.8, None),
            // At least 30 %, best the single source.
            ShareOfWallet => (0.3, Some(1.0)),
            // 10–20 %; services should reach 40 %.
            Nps if services => (0.4, None),
            Nps => (0.1, Some(0.2)),
            WinRate => (0.33, None),
            Coverage => (COVERAGE_RULE, None),
            RevenuePerRep if services => (6_000_000.0, None),
            RevenuePerRep => (10_000_000.0, None),
            OutputPerEmployee if services => (400_000.0, None),
            OutputPerEmployee => (1_000_000.0, None),
            RepsAboveAverage => (0.5, None),
            CoreProducts => (0.7, None),
        };
        Lines { pass, better }
    }
}

/// An indicator's lines.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lines {
    /// The pass line (及格线): at least this.
    pub pass: f64,
    /// The better line (优分线), when the article gives one.
    pub better: Option<f64>,
}

/// Where a figure stands against its indicator's lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// At or above the better line.
    Better,
    /// At or above the pass line.
    Pass,
    /// Below the pass line, by less than half of it.
    Below,
    /// Under half the pass line. The article gives no such line: half is
    /// the app's own, so a figure far off stands out.
    FarBelow,
}

/// Reads `value` against `indicator`'s lines for `industry`.
pub fn read(indicator: Indicator, industry: Industry, value: f64) -> Level {
    let Lines { pass, better } = indicator.lines(industry);
    match value {
        v if better.is_some_and(|b| v >= b) => Level::Better,
        v if v >= pass => Level::Pass,
        v if v >= pass / 2.0 => Level::Below,
        _ => Level::FarBelow,
    }
}

/// The win rate of the closed opportunities: won ÷ (won + lost); `None`
/// while none is closed. 10 closed and 5 won → 50 %.
pub fn win_rate(rows: &[Row]) -> Option<f64> {
    let count = |s: Standing| rows.iter().filter(|r| r.standing == s).count() as u32;
    let won = count(Standing::Won);
    crate::domain::scoring::win_rate(won + count(Standing::Lost), won)
}

/// The top ten customers' share of the revenue won: `won` holds one
/// (customer, amount) per won deal, a customer's deals adding up. `None`
/// while nothing is won.
pub fn top_ten_share<'a>(won: impl IntoIterator<Item = (&'a str, f64)>) -> Option<f64> {
    let mut by_customer: Vec<(&str, f64)> = Vec::new();
    for (customer, amount) in won {
        match by_customer.iter_mut().find(|(c, _)| *c == customer) {
            Some((_, sum)) => *sum += amount,
            None => by_customer.push((customer, amount)),
        }
    }
    let total: f64 = by_customer.iter().map(|(_, a)| a).sum();
    if total <= 0.0 {
        return None;
    }
    by_customer.sort_by(|a, b| b.1.total_cmp(&a.1));
    let top: f64 = by_customer.iter().take(10).map(|(_, a)| a).sum();
    Some(top / total)
}

//! Personal productivity's what-ifs (issue 13 item 5): each lever's effect
//! on the formula's result, checked by hand, and the article's advice.

use winplan::domain::productivity::{what_if, Advice, Figures, Lever};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// 10 orders × 100,000 × 50% ÷ 100 days = 5,000 a day.
fn base() -> Figures {
    Figures {
        orders: 10,
        order_amount: 100_000.0,
        win_rate: 0.5,
        cycle_days: 100,
    }
}

#[test]
fn each_offered_lever_and_its_effect() {
    assert!(close(base().result().unwrap(), 5_000.0));
    let effects: Vec<(f64, f64)> = Lever::OFFERED
        .iter()
        .map(|l| {
            let w = what_if(base(), *l).unwrap();
            (w.result, w.change)
        })
        .collect();
    // 11 orders: 5,500, +10 %.
    assert!(close(effects[0].0, 5_500.0) && close(effects[0].1, 0.1));
    // 110,000 an order: 5,500, +10 %.
    assert!(close(effects[1].0, 5_500.0) && close(effects[1].1, 0.1));
    // 60 % won: 6,000, +20 %: ten points on 50 % is a fifth more.
    assert!(close(effects[2].0, 6_000.0) && close(effects[2].1, 0.2));
    // 85 days: 500,000 ÷ 85 = 5,882.35…, +17.6 %.
    assert!(close(effects[3].0, 500_000.0 / 85.0));
    assert!(close(effects[3].1, 100.0 / 85.0 - 1.0));
}

#[test]
fn levers_stop_at_what_is_possible() {
    let nearly = Figures {
        win_rate: 0.95,
        cycle_days: 10,
        ..base()
    };
    assert_eq!(Lever::HigherWinRate(10).apply(nearly).win_rate, 1.0);
    assert_eq!(Lever::ShorterCycle(15).apply(nearly).cycle_days, 1);
    // Nothing to compare with: no orders, or figures the formula refuses.
    assert_eq!(
        what_if(
            Figures {
                orders: 0,
                ..base()
            },
            Lever::MoreOrders(10)
        ),
        None
    );
    assert_eq!(
        what_if(
            Figures {
                cycle_days: 0,
                ..base()
            },
            Lever::ShorterCycle(15)
        ),
        None
    );
}

#[test]
fn the_articles_advice_for_each_lever() {
    assert_eq!(
        Lever::MoreOrders(10).advice(),
        [
            Advice::AccountAnalysis,
            Advice::VisitFrequency,
            Advice::VisitQuality,
            Advice::NeedConversion
        ]
    );
    assert!(Lever::BiggerOrders(10)
        .advice()
        .contains(&Advice::WholeSolution));
    assert!(Lever::HigherWinRate(10)
        .advice()
        .contains(&Advice::CallHighWide));
    // A proposal within three days shortens the cycle.
    assert!(Lever::ShorterCycle(15)
        .advice()
        .contains(&Advice::RespondFast));
}

//! The ten health indicators (issue 13 item 6) with the article's lines,
//! and the three the app computes from its own plans.

use winplan::domain::health::{read, top_ten_share, win_rate, Indicator, Industry, Level, Lines};
use winplan::domain::pipeline::{Row, Standing};

use Industry::{Manufacturing, Services};

#[test]
fn the_articles_lines() {
    use Indicator::*;
    // Each indicator's (pass, better) lines in manufacturing, then services.
    let table = [
        (TopTenShare, (0.5, Some(0.7)), (0.5, Some(0.7))),
        (Renewal, (0.8, None), (0.8, None)),
        (ShareOfWallet, (0.3, Some(1.0)), (0.3, Some(1.0))),
        (Nps, (0.1, Some(0.2)), (0.4, None)),
        (WinRate, (0.33, None), (0.33, None)),
        (Coverage, (3.0, None), (3.0, None)),
        (RevenuePerRep, (10_000_000.0, None), (6_000_000.0, None)),
        (OutputPerEmployee, (1_000_000.0, None), (400_000.0, None)),
        (RepsAboveAverage, (0.5, None), (0.5, None)),
        (CoreProducts, (0.7, None), (0.7, None)),
    ];
    assert_eq!(table.map(|row| row.0), Indicator::ALL);
    for (indicator, (pass, better), (s_pass, s_better)) in table {
        assert_eq!(
            indicator.lines(Manufacturing),
            Lines { pass, better },
            "{indicator:?}"
        );
        let services = Lines {
            pass: s_pass,
            better: s_better,
        };
        assert_eq!(indicator.lines(Services), services, "{indicator:?}");
    }
}

#[test]
fn readings_against_the_lines() {
    // The top ten bring 70 %: the better line; 55 %: a pass; 40 %: below;
    // 20 %: under half the pass line.
    assert_eq!(
        read(Indicator::TopTenShare, Manufacturing, 0.7),
        Level::Better
    );
    assert_eq!(
        read(Indicator::TopTenShare, Manufacturing, 0.55),
        Level::Pass
    );
    assert_eq!(
        read(Indicator::TopTenShare, Manufacturing, 0.4),
        Level::Below
    );
    assert_eq!(
        read(Indicator::TopTenShare, Manufacturing, 0.2),
        Level::FarBelow
    );
    // A pipeline of 3× the target passes; 2× is below.
    assert_eq!(read(Indicator::Coverage, Manufacturing, 3.0), Level::Pass);
    assert_eq!(read(Indicator::Coverage, Manufacturing, 2.0), Level::Below);
    // 50 % won passes the 33 % line; no better line to reach.
    assert_eq!(read(Indicator::WinRate, Services, 0.5), Level::Pass);
    // An NPS of 25 % is better than manufacturing's 20 %, below services' 40 %.
    assert_eq!(read(Indicator::Nps, Manufacturing, 0.25), Level::Better);
    assert_eq!(read(Indicator::Nps, Services, 0.25), Level::Below);
    // 8 million a rep: below manufacturing's 10 million, a pass in services.
    assert_eq!(
        read(Indicator::RevenuePerRep, Manufacturing, 8_000_000.0),
        Level::Below
    );
    assert_eq!(
        read(Indicator::RevenuePerRep, Services, 8_000_000.0),
        Level::Pass
    );
}

fn closed(id: &str, standing: Standing) -> Row {
    Row {
        id: id.into(),
        stage: None,
        standing,
        amount: Some(1.0),
        probability: None,
        weighted: None,
        quarter: None,
    }
}

#[test]
fn the_win_rate_of_closed_deals() {
    // 10 followed to the end and 5 won: 50 % (the article's case); open
    // and unstaged deals do not count.
    let mut rows: Vec<Row> = (0..5)
        .map(|i| closed(&format!("w{i}"), Standing::Won))
        .collect();
    rows.extend((0..5).map(|i| closed(&format!("l{i}"), Standing::Lost)));
    rows.push(closed("o", Standing::Open));
    rows.push(closed("u", Standing::Unstaged));
    assert_eq!(win_rate(&rows), Some(0.5));
    assert_eq!(win_rate(&rows[10..]), None);
}

#[test]
fn the_top_ten_customers_share_of_revenue_won() {
    // Twelve customers: ten of 100, two of 50 → 1,000 of 1,100.
    let names: Vec<String> = (0..12).map(|i| format!("客户 {i}")).collect();
    let won: Vec<(&str, f64)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), if i < 10 { 100.0 } else { 50.0 }))
        .collect();
    let share = top_ten_share(won.clone()).unwrap();
    assert!((share - 1_000.0 / 1_100.0).abs() < 1e-12);
    // A customer's deals add up: 客户 11 with three more deals of 50 is
    // now the largest, at 200.
    let mut more = won;
    more.extend([("客户 11", 50.0), ("客户 11", 50.0), ("客户 11", 50.0)]);
    let share = top_ten_share(more).unwrap();
    assert!((share - 1_100.0 / 1_250.0).abs() < 1e-12);
    assert_eq!(top_ten_share([]), None);
}

//! Step 1: the account, the opportunity and the contacts.

use crate::domain::model::{Plan, Step};
use crate::i18n::T;
use crate::ui::block::{fragment, Node};
use crate::ui::fields::Form;
use crate::ui::store::use_store;
use crate::ui::wizard::contacts::contacts_editor;
use crate::ui::wizard::step_heading;

/// The currencies offered; the first is the default.
const CURRENCIES: [&str; 6] = ["CNY", "USD", "EUR", "HKD", "JPY", "GBP"];

/// Account, opportunity and contacts.
pub fn customer_step() -> Node {
    let store = use_store();
    let Some(p) = store.with_current_untracked(Plan::clone) else {
        return fragment(&[]);
    };
    let a = p.account;
    let o = p.opportunity;
    let form = Form::default()
        .text("<fieldset><legend>", T::Account, "</legend>")
        .input(
            "account-name",
            T::AccountName,
            Some(T::AccountNameHint),
            false,
            &a.name,
            |p, v| p.account.name = v,
        )
        .raw(r#"<div class="row">"#)
        .input(
            "account-industry",
            T::Industry,
            None,
            false,
            &a.industry,
            |p, v| p.account.industry = v,
        )
        .input(
            "account-region",
            T::Region,
            None,
            false,
            &a.region,
            |p, v| p.account.region = v,
        )
        .raw("</div>")
        .input(
            "account-address",
            T::Address,
            None,
            false,
            &a.address,
            |p, v| p.account.address = v,
        )
        .raw("</fieldset>")
        .text("<fieldset><legend>", T::Opportunity, "</legend>")
        .input(
            "opp-name",
            T::OpportunityName,
            None,
            false,
            &o.name,
            |p, v| p.opportunity.name = v,
        )
        .input(
            "opp-content",
            T::OpportunityContent,
            None,
            true,
            &o.content,
            |p, v| p.opportunity.content = v,
        )
        .raw(r#"<div class="row">"#)
        .amount("opp-amount", T::Amount, o.amount, |p, v| {
            p.opportunity.amount = v
        })
        .choice(
            "opp-currency",
            T::Currency,
            &CURRENCIES,
            &o.currency,
            |p, v| p.opportunity.currency = v,
        )
        .raw(r#"</div><div class="row three">"#)
        .date(
            "opp-win-date",
            T::ExpectedWinDate,
            o.expected_win_date,
            |p, v| p.opportunity.expected_win_date = v,
        )
        .date(
            "opp-last-contact",
            T::LastContact,
            o.last_contact,
            |p, v| p.opportunity.last_contact = v,
        )
        .date(
            "opp-next-contact",
            T::NextContact,
            o.next_contact,
            |p, v| p.opportunity.next_contact = v,
        )
        .raw("</div></fieldset>");
    fragment(&[
        step_heading(Step::Customer, T::CustomerIntro),
        form.view("form"),
        contacts_editor(),
    ])
}

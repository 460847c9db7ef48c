//! Step 1: the account, the opportunity and the contacts.

use super::contacts::Contacts;
use super::fields::{AmountField, DateField, TextField};
use super::store::{tr, use_store};
use super::wizard::StepHeading;
use crate::domain::model::{Plan, Step};
use crate::i18n::T;
use leptos::prelude::*;

/// The currencies offered; the first is the default.
const CURRENCIES: [&str; 6] = ["CNY", "USD", "EUR", "HKD", "JPY", "GBP"];

/// Account, opportunity and contacts.
#[component]
pub fn CustomerStep() -> impl IntoView {
    let store = use_store();
    let Some(p) = store.with_current_untracked(Plan::clone) else {
        return ().into_any();
    };
    let a = p.account;
    let o = p.opportunity;
    let currency = o.currency.clone();
    view! {
        <StepHeading step=Step::Customer intro=T::CustomerIntro />
        <fieldset>
            <legend>{tr(T::Account)}</legend>
            <TextField id="account-name" label=T::AccountName hint=T::AccountNameHint initial=a.name
                on_change=move |v| store.edit(|p| p.account.name = v) />
            <div class="row">
                <TextField id="account-industry" label=T::Industry initial=a.industry
                    on_change=move |v| store.edit(|p| p.account.industry = v) />
                <TextField id="account-region" label=T::Region initial=a.region
                    on_change=move |v| store.edit(|p| p.account.region = v) />
            </div>
            <TextField id="account-address" label=T::Address initial=a.address
                on_change=move |v| store.edit(|p| p.account.address = v) />
        </fieldset>
        <fieldset>
            <legend>{tr(T::Opportunity)}</legend>
            <TextField id="opp-name" label=T::OpportunityName initial=o.name
                on_change=move |v| store.edit(|p| p.opportunity.name = v) />
            <TextField id="opp-content" label=T::OpportunityContent multiline=true initial=o.content
                on_change=move |v| store.edit(|p| p.opportunity.content = v) />
            <div class="row">
                <AmountField id="opp-amount" label=T::Amount initial=o.amount
                    on_change=move |v| store.edit(|p| p.opportunity.amount = v) />
                <div class="field">
                    <label for="opp-currency">{tr(T::Currency)}</label>
                    <select id="opp-currency" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        store.edit(|p| p.opportunity.currency = v)
                    }>
                        {CURRENCIES.iter().map(|c| view! {
                            <option value=*c selected=*c == currency>{*c}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="row three">
                <DateField id="opp-win-date" label=T::ExpectedWinDate initial=o.expected_win_date
                    on_change=move |v| store.edit(|p| p.opportunity.expected_win_date = v) />
                <DateField id="opp-last-contact" label=T::LastContact initial=o.last_contact
                    on_change=move |v| store.edit(|p| p.opportunity.last_contact = v) />
                <DateField id="opp-next-contact" label=T::NextContact initial=o.next_contact
                    on_change=move |v| store.edit(|p| p.opportunity.next_contact = v) />
            </div>
        </fieldset>
        <Contacts />
    }
    .into_any()
}

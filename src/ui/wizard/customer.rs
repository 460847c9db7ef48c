//! Step 1: the account, the opportunity and the contacts.

use crate::domain::model::Step;
use crate::i18n::T;
use crate::ui::controls::{
    plan_date, plan_date_edit, plan_edit, plan_value, tr, AmountField, DateField, OptionsField,
    TextField,
};
use crate::ui::wizard::contacts::ContactsEditor;
use crate::ui::wizard::StepHeading;
use leptos::prelude::*;

/// The currencies offered; the first is the default.
const CURRENCIES: [&str; 6] = ["CNY", "USD", "EUR", "HKD", "JPY", "GBP"];

/// Account, opportunity and contacts.
#[component]
pub fn CustomerStep() -> impl IntoView {
    view! {
        <StepHeading step=Step::Customer intro=T::CustomerIntro />
        <div class="form">
            <Account />
            <Opportunity />
        </div>
        <ContactsEditor />
    }
}

/// The customer's legal name, industry, region and address.
#[component]
fn Account() -> impl IntoView {
    view! {
        <fieldset>
            <legend>{tr(T::Account)}</legend>
            <TextField
                id="account-name"
                label=T::AccountName
                hint=T::AccountNameHint
                value=plan_value(|p| p.account.name.clone())
                on_input=plan_edit(|p, v| p.account.name = v)
            />
            <div class="row">
                <TextField
                    id="account-industry"
                    label=T::Industry
                    value=plan_value(|p| p.account.industry.clone())
                    on_input=plan_edit(|p, v| p.account.industry = v)
                />
                <TextField
                    id="account-region"
                    label=T::Region
                    value=plan_value(|p| p.account.region.clone())
                    on_input=plan_edit(|p, v| p.account.region = v)
                />
            </div>
            <TextField
                id="account-address"
                label=T::Address
                value=plan_value(|p| p.account.address.clone())
                on_input=plan_edit(|p, v| p.account.address = v)
            />
        </fieldset>
    }
}

/// The opportunity: name, content, amount and its three dates.
#[component]
fn Opportunity() -> impl IntoView {
    view! {
        <fieldset>
            <legend>{tr(T::Opportunity)}</legend>
            <TextField
                id="opp-name"
                label=T::OpportunityName
                value=plan_value(|p| p.opportunity.name.clone())
                on_input=plan_edit(|p, v| p.opportunity.name = v)
            />
            <TextField
                id="opp-content"
                label=T::OpportunityContent
                multiline=true
                value=plan_value(|p| p.opportunity.content.clone())
                on_input=plan_edit(|p, v| p.opportunity.content = v)
            />
            <div class="row">
                <AmountField
                    id="opp-amount"
                    label=T::Amount
                    value=plan_value(|p| p.opportunity.amount_field())
                    on_input=plan_edit(|p, v| p.opportunity.type_amount(v))
                />
                <OptionsField
                    id="opp-currency"
                    label=T::Currency
                    options=std::sync::Arc::new(|| CURRENCIES.map(|c| (c.to_string(), c.to_string())).to_vec())
                    value=plan_value(|p| p.opportunity.currency.clone())
                    on_change=plan_edit(|p, v| p.opportunity.currency = v)
                />
            </div>
            <div class="row three">
                <DateField
                    id="opp-win-date"
                    label=T::ExpectedWinDate
                    value=plan_date(|p| p.opportunity.expected_win_date)
                    on_input=plan_date_edit(|p| &mut p.opportunity.expected_win_date)
                />
                <DateField
                    id="opp-last-contact"
                    label=T::LastContact
                    value=plan_date(|p| p.opportunity.last_contact)
                    on_input=plan_date_edit(|p| &mut p.opportunity.last_contact)
                />
                <DateField
                    id="opp-next-contact"
                    label=T::NextContact
                    value=plan_date(|p| p.opportunity.next_contact)
                    on_input=plan_date_edit(|p| &mut p.opportunity.next_contact)
                />
            </div>
        </fieldset>
    }
}

//! The trainer's workshop (issue 12): its name, date and case, and the
//! class's plans loaded at once, many files in one pick or drop or text
//! pasted with several exports, each file listed with its author,
//! customer, and whether it was read (or why not). One bad file never
//! blocks the others. Loaded plans are read-only here: "make my copy"
//! puts one among the trainer's own plans, under a new id.

use crate::domain::format::{format_date, parse_date};
use crate::domain::summary::plan_title;
use crate::domain::workshop::{load_class, split_pasted, ClassFile};
use crate::i18n::{import_error_text, T};
use crate::ui::controls::{derived, handler, lang, memo, tr, DateField, Heading, TextField};
use crate::ui::store::{use_store, WORKSHOP_HEADING_ID};
use crate::ui::transfer::compress::on_settled;
use crate::ui::transfer::{import_failed, ImportInputs};
use leptos::prelude::*;

/// The screen.
#[component]
pub fn WorkshopScreen() -> impl IntoView {
    let store = use_store();
    let title = derived(move || store.t(T::Workshop).to_string());
    let field = |get: fn(&crate::domain::workshop::Workshop) -> String| {
        derived(move || store.workshop.with(get))
    };
    // Load the class: files (several at once, picked or dropped) or text
    // pasted with several exports.
    let add = Callback::new(move |more| store.add_to_class(more));
    let read_pasted = move |text: String| {
        let start = store.workshop.with_untracked(|w| w.files.len());
        let texts = split_pasted(&text)
            .into_iter()
            .enumerate()
            .map(|(i, text)| {
                let name = lang()().tf(T::PastedN, &[&(start + i + 1).to_string()]);
                (name, text)
            })
            .collect();
        add.run(texts);
    };
    view! {
        <section class="workshop" aria-labelledby=WORKSHOP_HEADING_ID>
            <Heading id=WORKSHOP_HEADING_ID title intro=T::WorkshopIntro />
            <TextField
                id="workshop-name"
                label=T::WorkshopName
                value=field(|w| w.name.clone())
                on_input=Callback::new(move |v| store.edit_workshop(|w| w.name = v))
            />
            <DateField
                id="workshop-date"
                label=T::WorkshopDate
                value=field(|w| w.date.map(format_date).unwrap_or_default())
                on_input=Callback::new(move |v: String| store.edit_workshop(|w| w.date = parse_date(&v)))
            />
            <TextField
                id="workshop-case"
                label=T::WorkshopCase
                multiline=true
                value=field(|w| w.case.clone())
                on_input=Callback::new(move |v| store.edit_workshop(|w| w.case = v))
            />
            <ImportInputs
                on_files=Callback::new(move |files| read_files(files, add))
                on_text=read_pasted
                ids=["class-files", "class-text", "class-read"]
                labels=[T::ClassHeading, T::ClassFilesLabel, T::ClassPasteLabel]
                multiple=true
            />
            <ClassTable />
        </section>
    }
}

/// Reads every picked or dropped file, then adds them to the workshop in
/// the order given, each as read; the table then says of each whether it
/// is a plan file (one too large, or unreadable, says why).
fn read_files(files: web_sys::FileList, done: Callback<Vec<(String, String)>>) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    let out = std::rc::Rc::new(std::cell::RefCell::new(vec![
        None::<(String, String)>;
        files.len()
    ]));
    for (i, file) in files.into_iter().enumerate() {
        let (name, out) = (file.name(), out.clone());
        // The browser reads the text; a file it cannot read is kept empty,
        // and the table says it is not a plan file.
        on_settled(
            file.text(),
            Box::new(move |v| {
                out.borrow_mut()[i] = Some((name, v.as_string().unwrap_or_default()));
                let all = out.borrow().iter().all(Option::is_some);
                if all {
                    done.run(out.borrow_mut().drain(..).flatten().collect());
                }
            }),
        );
    }
}

/// One line per file: its name, and per plan its author and customer with
/// "make my copy"; or why the file could not be read.
#[component]
fn ClassTable() -> impl IntoView {
    let store = use_store();
    // Read again from the stored texts when shown (a memo type of its own
    // costs more WASM than reading 40 small files twice). What is read
    // follows the files and the language, not the workshop's name or case:
    // a keystroke there reads no file.
    let files = memo(move |_| {
        store.workshop.with(|w| {
            let files = w
                .files
                .iter()
                .map(|f| format!("{}:{}", f.seq, f.text.len()));
            files.collect::<Vec<_>>().join(",")
        })
    });
    let class = move || {
        files.with(|_| ());
        let lang = lang()();
        untrack(|| (lang, store.workshop.with(|w| load_class(&w.files))))
    };
    let count = move || {
        let (lang, class) = class();
        let read = class.iter().filter(|f| f.outcome.is_ok()).count();
        lang.tf(
            T::ClassCount,
            &[&class.len().to_string(), &read.to_string()],
        )
    };
    let rows = move || {
        class()
            .1
            .into_iter()
            .map(|file| view! { <ClassRow file /> })
            .collect_view()
    };
    view! {
        <p role="status" id="class-count">{move || count()}</p>
        <ul class="cards" id="class-files-list">{move || rows()}</ul>
        {move || {
            files.with(|f| !f.is_empty()).then(|| view! {
                <button type="button" class="danger" id="class-clear" on:click=handler(move |_| store.remove_from_class(|_| false))>
                    {tr(T::ClassClear)}
                </button>
            })
        }}
    }
}

/// A file of the class.
#[component]
fn ClassRow(file: ClassFile) -> impl IntoView {
    let store = use_store();
    let lang = lang();
    let seq = file.seq;
    let remove = move |_| store.remove_from_class(|f| f.seq != seq);
    let (plans, error) = match file.outcome {
        Ok(plans) => (plans, None),
        Err(e) => (
            Vec::new(),
            Some(lang().tf(T::ClassFileError, &[&import_error_text(lang(), &e)])),
        ),
    };
    let items = plans
        .into_iter()
        .map(|cp| {
            let who = match cp.author.as_str() {
                "" => lang().t(T::NoAuthor).to_string(),
                a if cp.team.is_empty() => lang().tf(T::ByAuthor, &[a]),
                a => lang().tf(T::ByAuthor, &[&format!("{a} · {}", cp.team)]),
            };
            let title =
                plan_title(&cp.plan).unwrap_or_else(|| lang().t(T::UntitledPlan).to_string());
            let plan = cp.plan;
            view! {
                <li>
                    <span class="author">{who}</span>
                    " · "
                    <span class="customer">{title}</span>
                    <CopyButton plan />
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="card">
            <h3 class="card-title">{file.name}</h3>
            <ul class="class-plans">{items}</ul>
            {error.map(|t| view! { <p class="warn">{t}</p> })}
            <button type="button" class="small" on:click=handler(remove)>{tr(T::ClassRemove)}</button>
        </li>
    }
}

/// "Make my copy": the plan among the trainer's own, under a new id; the
/// rep's plan in the workshop is not changed.
#[component]
fn CopyButton(plan: crate::domain::model::Plan) -> impl IntoView {
    let store = use_store();
    let done = RwSignal::new(None::<T>);
    let copy = move |_| {
        done.set(Some(match store.import_copy(plan.clone()) {
            Ok(()) => T::ClassCopied,
            Err(e) => import_failed(&e),
        }));
    };
    view! {
        <button type="button" class="small" on:click=handler(copy)>{tr(T::MakeMyCopy)}</button>
        <span role="status">{move || done.get().map(tr)}</span>
    }
}

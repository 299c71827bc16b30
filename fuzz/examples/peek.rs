use arbitrary::{Arbitrary, Unstructured};
use mystatus_fuzz::{host::FuzzHost, scenario::Scenario};
fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let data = if arg.is_empty() { Vec::new() } else { std::fs::read(&arg).unwrap() };
    let s = Scenario::arbitrary_take_rest(Unstructured::new(&data)).unwrap().bounded();
    println!("{s:#?}");
    let host = FuzzHost::new(&s);
    let r = pollster::block_on(mystatus_core::full_report(&host));
    println!("{}\n===== requests {}", r.markdown, host.requests());
    mystatus_fuzz::whole_report(&data);
}

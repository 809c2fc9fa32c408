//! warden's rules and its SQL, for its own command line and tests: no
//! promise of stability. A service uses [`crate::Warden`].

#[path = "ops/mod.rs"]
pub mod ops;
#[path = "store/mod.rs"]
pub mod store;

//! The checks of free-form fields that several operations accept:
//! networks and addresses, phone numbers, text and descriptions, credit
//! limits. A leaf of `ops`: pure functions that import no operation.

use std::net::IpAddr;

use ipnet::IpNet;

use crate::error::{Error, Result};
use crate::model::Profile;

/// A value read from a file, as an error names it when its type is not
/// the one the field takes. Each format keeps its own words (JSON says "a
/// boolean", TOML "true or false"): a message names what was found as the
/// file's format spells it.
pub trait Found {
    fn found(&self) -> &'static str;
}

/// The one message for a value of the wrong type in an import row or an
/// `apply` file: "expected WANT, found WHAT".
pub fn expected(want: &str, got: &impl Found) -> Error {
    Error::usage(format!("expected {want}, found {}", got.found()))
}

/// Parses a CIDR network or a bare address (a single host), in canonical
/// form: host bits cleared, IPv4-mapped IPv6 written as IPv4.
pub fn parse_network(text: &str) -> Result<IpNet> {
    let bad = |why: &str| {
        Error::usage(format!("invalid network \"{}\": {why}", text))
            .with_hint("write an address or a network: 203.0.113.7, 203.0.113.0/24, 2001:db8::/32")
    };
    let trimmed = text.trim();
    if trimmed.contains('%') {
        return Err(bad("zone indexes (%eth0) are not accepted"));
    }
    let net = match trimmed.parse::<IpNet>() {
        Ok(net) => net,
        Err(_) => match trimmed.parse::<IpAddr>() {
            Ok(addr) => IpNet::from(addr),
            Err(_) => return Err(bad("not an IPv4 or IPv6 address or network")),
        },
    };
    Ok(match net {
        IpNet::V6(v6) => match v6.addr().to_ipv4_mapped() {
            Some(v4) if v6.prefix_len() >= 96 => IpNet::new(IpAddr::V4(v4), v6.prefix_len() - 96)
                .map_err(|_| bad("bad prefix length"))?,
            _ => net,
        },
        IpNet::V4(_) => net,
    }
    .trunc())
}

/// Parses a login address (`--ip`), IPv4-mapped IPv6 read as IPv4.
pub fn parse_address(text: &str) -> Result<IpAddr> {
    let addr: IpAddr = text.trim().parse().map_err(|_| {
        Error::usage(format!("invalid address \"{}\"", text))
            .with_hint("write an IPv4 or IPv6 address, such as 203.0.113.7 or 2001:db8::7")
    })?;
    Ok(addr.to_canonical())
}

pub fn check_text(field: &str, value: &str, max: usize) -> Result<()> {
    if value.chars().count() > max {
        return Err(Error::usage(format!(
            "the {field} is longer than {max} characters"
        )));
    }
    if value.chars().any(char::is_control) {
        return Err(Error::usage(format!(
            "the {field} contains a control character"
        )));
    }
    Ok(())
}

pub fn check_phone(phone: &str) -> Result<()> {
    let ok = !phone.is_empty()
        && phone.len() <= 32
        && phone.chars().any(|c| c.is_ascii_digit())
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!("invalid phone number \"{}\"", phone))
            .with_hint("use digits, spaces and + - ( ) . only, at most 32 characters"))
    }
}

pub fn check_credit_limit(limit: i64) -> Result<()> {
    if limit < 0 {
        return Err(Error::usage(format!(
            "the credit limit {limit} is negative"
        )));
    }
    Ok(())
}

/// A role description: one line of plain text.
pub fn check_description(text: &str) -> Result<()> {
    check_text("description", text, 200)
}

/// Checks the fields of a profile that are given: the e-mail address, the
/// names (at most 100 characters, one line) and the phone number.
pub fn check_profile(profile: Profile<Option<&str>>) -> Result<()> {
    if let Some(email) = profile.email {
        crate::names::validate_email(email)?;
    }
    for (field, value) in [
        ("first name", profile.first_name),
        ("last name", profile.last_name),
    ] {
        if let Some(v) = value {
            check_text(field, v, 100)?;
        }
    }
    if let Some(phone) = profile.phone {
        check_phone(phone)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn networks_are_canonical() {
        let canon = |t: &str| parse_network(t).map(|n| n.to_string()).ok();
        assert_eq!(canon("203.0.113.7"), Some("203.0.113.7/32".into()));
        assert_eq!(canon("203.0.113.7/24"), Some("203.0.113.0/24".into()));
        assert_eq!(canon("2001:db8::1/32"), Some("2001:db8::/32".into()));
        assert_eq!(canon("::ffff:10.0.0.1"), Some("10.0.0.1/32".into()));
        assert_eq!(canon("0.0.0.0/0"), Some("0.0.0.0/0".into()));
        for bad in [
            "",
            "10.0.0.0/33",
            "010.0.0.1",
            "fe80::1%eth0",
            "host.example",
            "10.0.0.0/-1",
        ] {
            assert!(parse_network(bad).is_err(), "{bad}");
        }
    }
}

#[cfg(test)]
mod props {
    use proptest::prelude::*;

    use super::parse_network;
    use crate::props::{config, text};

    fn network_text() -> impl Strategy<Value = String> {
        prop_oneof![
            (any::<[u8; 4]>(), 0u8..40)
                .prop_map(|(a, p)| format!("{}.{}.{}.{}/{p}", a[0], a[1], a[2], a[3])),
            any::<[u8; 4]>().prop_map(|a| format!("{}.{}.{}.{}", a[0], a[1], a[2], a[3])),
            (any::<u128>(), 0u8..140)
                .prop_map(|(a, p)| format!("{}/{p}", std::net::Ipv6Addr::from(a))),
            (any::<[u8; 4]>(), 90u8..130)
                .prop_map(|(a, p)| format!("::ffff:{}.{}.{}.{}/{p}", a[0], a[1], a[2], a[3])),
        ]
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn networks_never_panic_and_canonicalise(input in prop_oneof![text(), network_text()]) {
            if let Ok(net) = parse_network(&input) {
                let shown = net.to_string();
                prop_assert_eq!(parse_network(&shown).ok(), Some(net), "{:?}", input);
                prop_assert_eq!(net.trunc(), net);
                if let ipnet::IpNet::V6(v6) = net {
                    prop_assert!(v6.addr().to_ipv4_mapped().is_none() || v6.prefix_len() < 96);
                }
            }
        }
    }
}

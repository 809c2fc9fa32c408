//! Hashing and checking passwords on every core while the rows are still
//! being read.

use super::*;

/// Runs `work` on every core over the items `feed` hands over, while
/// `feed` is still reading: a few items wait at most, and each result goes
/// to `collect` as soon as it is back, so memory does not grow with the
/// input. The same threads serve the whole run (fresh threads for each
/// part would each leave an argon2-sized heap behind), and each keeps its
/// own state (`S`, argon2 memory) throughout. Returns `feed`'s result.
pub(super) fn on_every_core<T: Send, S: Default, R: Send>(
    progress: &dyn Progress,
    feed: impl FnOnce(&mut Hand<T>) -> Result<()>,
    work: impl Fn(&mut S, T) -> R + Sync,
    mut collect: impl FnMut(R),
) -> Result<()> {
    use std::sync::{mpsc, Mutex};
    // One core, or no thread to be had: the work is done as it is fed.
    let here = |feed: &mut dyn FnMut(&mut Hand<T>) -> Result<()>, collect: &mut dyn FnMut(R)| {
        let mut state = S::default();
        feed(&mut |item| {
            collect(work(&mut state, item));
            progress.advance(1);
            Ok(())
        })
    };
    let mut feed = Some(feed);
    let mut feed = |hand: &mut Hand<T>| feed.take().map_or(Ok(()), |feed| feed(hand));
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    if workers <= 1 {
        return here(&mut feed, &mut collect);
    }
    // Outside the scope, which the threads may not outlive.
    let (to_work, queue) = mpsc::sync_channel::<T>(2 * workers);
    let queue = Mutex::new(queue);
    let (to_main, done) = mpsc::channel::<Option<R>>();
    std::thread::scope(|scope| {
        let mut started = 0;
        for _ in 0..workers {
            let (queue, to_main, work) = (&queue, to_main.clone(), &work);
            let spawned = std::thread::Builder::new().spawn_scoped(scope, move || {
                let mut state = S::default();
                loop {
                    let next = queue
                        .lock()
                        .map_err(|_| ())
                        .and_then(|q| q.recv().map_err(|_| ()));
                    let Ok(item) = next else { break };
                    // A worker that panicked would leave the feed waiting on
                    // a full queue: it reports the failure and goes on.
                    let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        work(&mut state, item)
                    }));
                    if to_main.send(done.ok()).is_err() {
                        break;
                    }
                    progress.advance(1);
                }
            });
            started += usize::from(spawned.is_ok());
        }
        drop(to_main);
        if started == 0 {
            return here(&mut feed, &mut collect);
        }
        let panicked = std::cell::Cell::new(false);
        let mut take = |result: Option<R>| match result {
            Some(r) => collect(r),
            None => panicked.set(true),
        };
        let fed = feed(&mut |item| {
            to_work
                .send(item)
                .map_err(|_| Error::failure("the hashing threads stopped"))?;
            while let Ok(result) = done.try_recv() {
                take(result);
            }
            Ok(())
        });
        // Closing the queue lets the workers finish what waits, then stop.
        drop(to_work);
        for result in done {
            take(result);
        }
        if panicked.get() {
            return Err(Error::failure("a hashing thread failed"));
        }
        fed
    })
}

/// Hands one item over to [`on_every_core`]'s workers.
pub(super) type Hand<'a, T> = dyn FnMut(T) -> Result<()> + 'a;

/// A plain password waiting for the cores, with what its check needs.
pub(super) struct Pending {
    pub(super) line: u64,
    pub(super) place: String,
    pub(super) username: String,
    pub(super) email: Option<String>,
    pub(super) secret: Secret,
    /// For an update: the hash stored now, which may already match.
    pub(super) stored: Option<String>,
}

impl Pending {
    pub(super) fn of(
        row: &UserRow,
        opts: &Options,
        secret: &Secret,
        stored: Option<String>,
    ) -> Pending {
        Pending {
            line: row.line,
            place: (opts.locate)(row),
            username: row.username.clone(),
            email: row.profile.email.clone().flatten(),
            secret: secret.clone(),
            stored,
        }
    }
}

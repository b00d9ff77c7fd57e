/** A short rising tone: the audible cue that the kiosk is listening now. */
export function listeningTone(volume: number) {
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.setValueAtTime(660, audio.currentTime);
    tone.frequency.linearRampToValueAtTime(990, audio.currentTime + 0.12);
    gain.gain.setValueAtTime(0.2 * volume, audio.currentTime);
    gain.gain.linearRampToValueAtTime(0, audio.currentTime + 0.15);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.16);
    tone.onended = () => void audio.close();
  } catch {
    // No audio output (or autoplay refused): the visible cue is still there.
  }
}

package dev.entente;

/** How a {@link Conversation} took place. */
public enum ConversationMode {
  /** A telephone call. */
  PHONE_CALL,
  /** A video call or video conference. */
  VIDEO_CALL,
  /** A meeting in person, which may have a place. */
  IN_PERSON_MEETING
}

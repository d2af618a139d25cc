package fi.cocreate.consultation.entity;

/** A response is a draft until its first submission; after that it stays submitted, even while a newer draft exists. */
public enum ResponseState {
    DRAFT,
    SUBMITTED
}
